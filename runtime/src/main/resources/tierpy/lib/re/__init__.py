"""Mirrors Lib/re/__init__.py with the Pattern and Match types of Modules/_sre/sre.c.

Parsing (with CPython's error messages) and matching happen in the _sre module
(tierpy.modules.re.SreModule); this module adds the Python-level API on top: the flags, the
pattern cache, Pattern and Match, sub's replacement templates, split, findall and escape.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# (value, name) in the order sre's pattern_repr lists them
_FLAG_NAMES = [(1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
               (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII")]


# RegexFlag's members in definition order, which its repr follows
_MEMBERS = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"), (16, "DOTALL"),
            (64, "VERBOSE"), (128, "DEBUG")]


def _flags_repr(value, names_in=_FLAG_NAMES):
    names = []
    for bit, name in names_in:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


class RegexFlag(int):
    """The re flags: an int whose repr names them (enum.IntFlag with global_enum in CPython)."""

    __slots__ = ()

    def __repr__(self):
        return _flags_repr(int(self), _MEMBERS) or "re.NOFLAG"

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        if not self:
            return "NOFLAG"
        return _flags_repr(int(self), _MEMBERS).replace("re.", "") or None

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
for _value, _name in _MEMBERS:
    setattr(RegexFlag, _name, RegexFlag(_value))
RegexFlag.NOFLAG = NOFLAG
del _value, _name


class PatternError(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            text = pattern if isinstance(pattern, str) else _as_text(pattern)
            self.lineno = text.count("\n", 0, pos) + 1
            self.colno = pos - text.rfind("\n", 0, pos)
            if "\n" in text:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError


def _data(string):
    """What group values are sliced from: bytes for any bytes-like subject, as in sre's getslice."""
    return string if isinstance(string, (str, bytes)) else bytes(string)


def _as_text(data):
    """A bytes-like subject or pattern as the latin-1 str _sre works on."""
    return bytes(data).decode("latin-1")


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_code", "_text", "_templates", "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return dict(self._groupindex)

    def _subject(self, string):
        if isinstance(string, str):
            if not self._text:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return str.__str__(string)
        if isinstance(string, (bytes, bytearray)):
            if self._text:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return _as_text(string)
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        text = string if type(string) is str and self._text else self._subject(string)
        return _sre.search(self._code, text, pos, endpos, 1, self, string)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        text = string if type(string) is str and self._text else self._subject(string)
        return _sre.search(self._code, text, pos, endpos, 2, self, string)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches.
        """
        text = string if type(string) is str and self._text else self._subject(string)
        return _sre.search(self._code, text, pos, endpos, 0, self, string)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

        For each match, the iterator returns a match object.
        """
        return _sre.finditer(self._code, self._subject(string), pos, endpos, 0, self, string)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return _sre.findall(self._code, self._subject(string), pos, endpos, not isinstance(string, str))

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit < 0:
            return [string]
        return _sre.split(self._code, self._subject(string), maxsplit, not isinstance(string, str))

    def _replacer(self, repl):
        """A callable, a literal, or a _Template for a repl with backslashes (as sre's pattern_subx)."""
        if callable(repl):
            return repl
        if isinstance(repl, str):
            if "\\" not in repl:
                return repl
            return _template(self, repl, repl)
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        if b"\\" not in repl:
            return repl
        return _template(self, _as_text(repl), repl)

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost
        non-overlapping occurrences of pattern with the replacement repl."""
        if isinstance(repl, str) and self._text and isinstance(string, str):
            # the common case runs in _sre: str template, str subject
            if count < 0:
                return string, 0
            return _sre.subn(self._code, self._subject(string), str.__str__(repl), repl, count, error, False)
        if isinstance(repl, (bytes, bytearray)) and not self._text and isinstance(string, (bytes, bytearray)):
            if count < 0:
                return bytes(string), 0
            return _sre.subn(self._code, _as_text(string), _as_text(repl), repl, count, error, True)
        replacer = self._replacer(repl)
        data = _data(string)
        if count < 0:
            return data, 0
        parts = []
        last = 0
        n = 0
        for m in _sre.finditer(self._code, self._subject(string), 0, _MAXSIZE, count, self, string):
            start, end = m.span()
            if last < start:
                parts.append(data[last:start])
            if isinstance(replacer, _Template):
                piece = replacer.expand(m)
            elif callable(replacer):
                piece = replacer(m)
            else:
                piece = replacer
            if piece is not None:
                parts.append(piece)
            last = end
            n += 1
        if last < len(data):
            parts.append(data[last:])
        return data[:0].join(parts), n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of
        pattern in string by the replacement repl."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        """Return a scanner: successive match() or search() calls step through string."""
        return _PatternScanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if self._text and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flags_repr(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return cls



class _PatternScanner:
    """Mirrors sre's SRE_Scanner: each call resumes where the last match ended."""

    __slots__ = ("pattern", "_string", "_start", "_pos", "_endpos", "_must_advance", "_done")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        pattern._subject(string)
        self._pos = pos
        self._start = min(max(pos, 0), len(string))
        self._endpos = endpos
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        m = _sre.search(self.pattern._code, self.pattern._subject(self._string), self._pos, self._endpos,
                        mode | (4 if self._must_advance else 0), self.pattern, self._string, self._start)
        if m is None:
            self._done = True
            return None
        start, end = m.span()
        self._must_advance = start == end
        self._start = end
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Scanner:
    """A simple lexer (undocumented in CPython): lexicon is a list of (phrase, action) pairs."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._outer = []
        group = 1
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase)
            self._outer.append(group)
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            for index, group in enumerate(self._outer):
                if m.start(group) >= 0:
                    break
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


class _Template:
    """A parsed replacement string: literals and group numbers (Lib/re/_parser.py parse_template)."""

    __slots__ = ("items", "text")

    def __init__(self, items, text):
        self.items = items
        self.text = text

    def expand(self, match):
        parts = []
        for item in self.items:
            if isinstance(item, int):
                value = match.group(item)
                if value is not None:
                    parts.append(value)
            else:
                parts.append(item)
        return ("" if self.text else b"").join(parts)


def _template(pattern, source, repl):
    """The parsed replacement (cached per pattern); literals are bytes for a bytes repl."""
    key = (type(repl), source)
    template = pattern._templates.get(key)
    if template is None:
        text = isinstance(repl, str)
        items = _sre.template(pattern._code, source, repl, error)
        if not text:
            items = [item if isinstance(item, int) else item.encode("latin-1") for item in items]
        template = _Template(items, text)
        pattern._templates[key] = template
    return template


Match = _sre.Match


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    if not isinstance(pattern, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(pattern).__name__)
    return _as_text(pattern).translate(_special_chars_map).encode("latin-1")


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if flags.__class__ is not int:
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, str):
        text = True
        source = str.__str__(pattern)
    elif isinstance(pattern, (bytes, bytearray)):
        text = False
        source = _as_text(pattern)
    else:
        raise TypeError("first argument must be string or compiled pattern")
    code, final_flags, groups, groupindex = _sre.compile(pattern, source, text, flags, error)
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = final_flags
    p.groups = groups
    p._groupindex = groupindex
    p._code = code
    p._text = text
    p._templates = {}
    if isinstance(pattern, (str, bytes)):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p
