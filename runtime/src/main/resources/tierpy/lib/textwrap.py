"""Text wrapping and filling (the API of CPython's Lib/textwrap.py)."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '
_BLANKS = str.maketrans(_WHITESPACE, ' ' * len(_WHITESPACE))

_ws = r'[\t\n\x0b\x0c\r ]'
_not_ws = r'[^\t\n\x0b\x0c\r ]'
_letter = r'[^\d\W]'
_word_punct = r'[\w!"\'&.,?]'

# A text splits into runs of whitespace, em-dashes between words, and words; a word may end
# after a hyphen that joins letters, so "long-term" can break as "long-" "term".
_CHUNK = re.compile(rf"""
    ( {_ws}+
    | (?<={_word_punct}) -{{2,}} (?=\w)
    | {_not_ws}+? (?:
          -(?: (?<={_letter}{{2}}-) | (?<={_letter}-{_letter}-) ) (?= {_letter} -? {_letter})
        | (?={_ws}|\Z)
        | (?<={_word_punct}) (?=-{{2,}}\w)
      )
    )""", re.VERBOSE)
_CHUNK_AT_WHITESPACE = re.compile(rf'({_ws}+)')
_SENTENCE_END = re.compile(r'[a-z][.!?]["\']?\Z')


class TextWrapper:
    """Object for wrapping/filling text; the keyword arguments of wrap() and fill() are
    its attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_BLANKS)
        return text

    def _split(self, text):
        pattern = _CHUNK if self.break_on_hyphens else _CHUNK_AT_WHITESPACE
        return [chunk for chunk in pattern.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end (a lowercase letter, then . ! or ?)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a chunk too long for any line as fits on the current line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to break after a hyphen that follows something other than hyphens
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            only_blank_left = not chunks or (
                self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or only_blank_left and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder, dropping chunks to fit.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Return the lines of text wrapped to self.width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return text wrapped into a single string of lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate text to fit in width, ending with a placeholder if cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines; blank lines become empty."""
    lines = text.split('\n')
    filled = [line for line in lines if line and not line.isspace()]
    # The common prefix of all lines is the common prefix of the smallest and largest.
    first = min(filled, default='')
    last = max(filled, default='')
    margin = 0
    while margin < len(first) and first[margin] == last[margin] and first[margin] in ' \t':
        margin += 1
    return '\n'.join('' if line.isspace() else line[margin:] for line in lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate is true (default: non-blank lines)."""
    if predicate is None:
        def predicate(line):
            return not line.isspace()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
