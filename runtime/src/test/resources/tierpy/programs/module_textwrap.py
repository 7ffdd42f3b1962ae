# textwrap: wrap/fill options (hyphens, long words, whitespace, sentence endings, max_lines), shorten, dedent, indent
import textwrap as tw
s = "The quick brown fox jumped over the lazy dog. It was a well-known, long-term strategy--they said. Hello?  Yes! e.g. this is Mr. Smith's test-case: super-long-hyphenated-words-here and a verylongwordthatcannotfitonasinglelineatallreally."
for w in [1, 5, 10, 15, 20, 30, 45, 70]:
    print(w, tw.wrap(s, w))
    print(w, tw.wrap(s, w, break_on_hyphens=False))
    print(w, tw.wrap(s, w, break_long_words=False))
    print(w, tw.wrap(s, w, drop_whitespace=False))
# expect: 1 ['T', 'h', 'e', 'q', 'u', 'i', 'c', 'k', 'b', 'r', 'o', 'w', 'n', 'f', 'o', 'x', 'j', 'u', 'm', 'p', 'e', 'd', 'o', 'v', 'e', 'r', 't', 'h', 'e', 'l', 'a', 'z', 'y', 'd', 'o', 'g', '.', 'I', 't', 'w', 'a', 's', 'a', 'w', 'e', 'l', 'l', '-', 'k', 'n', 'o', 'w', 'n', ',', 'l', 'o', 'n', 'g', '-', 't', 'e', 'r', 'm', 's', 't', 'r', 'a', 't', 'e', 'g', 'y', '-', '-', 't', 'h', 'e', 'y', 's', 'a', 'i', 'd', '.', 'H', 'e', 'l', 'l', 'o', '?', 'Y', 'e', 's', '!', 'e', '.', 'g', '.', 't', 'h', 'i', 's', 'i', 's', 'M', 'r', '.', 'S', 'm', 'i', 't', 'h', "'", 's', 't', 'e', 's', 't', '-', 'c', 'a', 's', 'e', ':', 's', 'u', 'p', 'e', 'r', '-', 'l', 'o', 'n', 'g', '-', 'h', 'y', 'p', 'h', 'e', 'n', 'a', 't', 'e', 'd', '-', 'w', 'o', 'r', 'd', 's', '-', 'h', 'e', 'r', 'e', 'a', 'n', 'd', 'a', 'v', 'e', 'r', 'y', 'l', 'o', 'n', 'g', 'w', 'o', 'r', 'd', 't', 'h', 'a', 't', 'c', 'a', 'n', 'n', 'o', 't', 'f', 'i', 't', 'o', 'n', 'a', 's', 'i', 'n', 'g', 'l', 'e', 'l', 'i', 'n', 'e', 'a', 't', 'a', 'l', 'l', 'r', 'e', 'a', 'l', 'l', 'y', '.']
# expect: 1 ['T', 'h', 'e', 'q', 'u', 'i', 'c', 'k', 'b', 'r', 'o', 'w', 'n', 'f', 'o', 'x', 'j', 'u', 'm', 'p', 'e', 'd', 'o', 'v', 'e', 'r', 't', 'h', 'e', 'l', 'a', 'z', 'y', 'd', 'o', 'g', '.', 'I', 't', 'w', 'a', 's', 'a', 'w', 'e', 'l', 'l', '-', 'k', 'n', 'o', 'w', 'n', ',', 'l', 'o', 'n', 'g', '-', 't', 'e', 'r', 'm', 's', 't', 'r', 'a', 't', 'e', 'g', 'y', '-', '-', 't', 'h', 'e', 'y', 's', 'a', 'i', 'd', '.', 'H', 'e', 'l', 'l', 'o', '?', 'Y', 'e', 's', '!', 'e', '.', 'g', '.', 't', 'h', 'i', 's', 'i', 's', 'M', 'r', '.', 'S', 'm', 'i', 't', 'h', "'", 's', 't', 'e', 's', 't', '-', 'c', 'a', 's', 'e', ':', 's', 'u', 'p', 'e', 'r', '-', 'l', 'o', 'n', 'g', '-', 'h', 'y', 'p', 'h', 'e', 'n', 'a', 't', 'e', 'd', '-', 'w', 'o', 'r', 'd', 's', '-', 'h', 'e', 'r', 'e', 'a', 'n', 'd', 'a', 'v', 'e', 'r', 'y', 'l', 'o', 'n', 'g', 'w', 'o', 'r', 'd', 't', 'h', 'a', 't', 'c', 'a', 'n', 'n', 'o', 't', 'f', 'i', 't', 'o', 'n', 'a', 's', 'i', 'n', 'g', 'l', 'e', 'l', 'i', 'n', 'e', 'a', 't', 'a', 'l', 'l', 'r', 'e', 'a', 'l', 'l', 'y', '.']
# expect: 1 ['The', 'quick', 'brown', 'fox', 'jumped', 'over', 'the', 'lazy', 'dog.', 'It', 'was', 'a', 'well-', 'known,', 'long-', 'term', 'strategy', '--', 'they', 'said.', 'Hello?', 'Yes!', 'e.g.', 'this', 'is', 'Mr.', "Smith's", 'test-', 'case:', 'super-', 'long-', 'hyphenated-', 'words-', 'here', 'and', 'a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 1 ['T', 'h', 'e', ' ', 'q', 'u', 'i', 'c', 'k', ' ', 'b', 'r', 'o', 'w', 'n', ' ', 'f', 'o', 'x', ' ', 'j', 'u', 'm', 'p', 'e', 'd', ' ', 'o', 'v', 'e', 'r', ' ', 't', 'h', 'e', ' ', 'l', 'a', 'z', 'y', ' ', 'd', 'o', 'g', '.', ' ', 'I', 't', ' ', 'w', 'a', 's', ' ', 'a', ' ', 'w', 'e', 'l', 'l', '-', 'k', 'n', 'o', 'w', 'n', ',', ' ', 'l', 'o', 'n', 'g', '-', 't', 'e', 'r', 'm', ' ', 's', 't', 'r', 'a', 't', 'e', 'g', 'y', '-', '-', 't', 'h', 'e', 'y', ' ', 's', 'a', 'i', 'd', '.', ' ', 'H', 'e', 'l', 'l', 'o', '?', ' ', ' ', 'Y', 'e', 's', '!', ' ', 'e', '.', 'g', '.', ' ', 't', 'h', 'i', 's', ' ', 'i', 's', ' ', 'M', 'r', '.', ' ', 'S', 'm', 'i', 't', 'h', "'", 's', ' ', 't', 'e', 's', 't', '-', 'c', 'a', 's', 'e', ':', ' ', 's', 'u', 'p', 'e', 'r', '-', 'l', 'o', 'n', 'g', '-', 'h', 'y', 'p', 'h', 'e', 'n', 'a', 't', 'e', 'd', '-', 'w', 'o', 'r', 'd', 's', '-', 'h', 'e', 'r', 'e', ' ', 'a', 'n', 'd', ' ', 'a', ' ', 'v', 'e', 'r', 'y', 'l', 'o', 'n', 'g', 'w', 'o', 'r', 'd', 't', 'h', 'a', 't', 'c', 'a', 'n', 'n', 'o', 't', 'f', 'i', 't', 'o', 'n', 'a', 's', 'i', 'n', 'g', 'l', 'e', 'l', 'i', 'n', 'e', 'a', 't', 'a', 'l', 'l', 'r', 'e', 'a', 'l', 'l', 'y', '.']
# expect: 5 ['The', 'quick', 'brown', 'fox j', 'umped', 'over', 'the', 'lazy', 'dog.', 'It', 'was a', 'well-', 'known', ',', 'long-', 'term ', 'strat', 'egy--', 'they', 'said.', 'Hello', '?', 'Yes!', 'e.g.', 'this', 'is', 'Mr. S', "mith'", 's', 'test-', 'case:', 'super', '-', 'long-', 'hyphe', 'nated', '-word', 's-', 'here', 'and a', 'veryl', 'ongwo', 'rdtha', 'tcann', 'otfit', 'onasi', 'nglel', 'ineat', 'allre', 'ally.']
# expect: 5 ['The', 'quick', 'brown', 'fox j', 'umped', 'over', 'the', 'lazy', 'dog.', 'It', 'was a', 'well-', 'known', ', lon', 'g-ter', 'm str', 'ategy', '--the', 'y', 'said.', 'Hello', '?', 'Yes!', 'e.g.', 'this', 'is', 'Mr. S', "mith'", 's tes', 't-cas', 'e: su', 'per-l', 'ong-h', 'yphen', 'ated-', 'words', '-here', 'and a', 'veryl', 'ongwo', 'rdtha', 'tcann', 'otfit', 'onasi', 'nglel', 'ineat', 'allre', 'ally.']
# expect: 5 ['The', 'quick', 'brown', 'fox', 'jumped', 'over', 'the', 'lazy', 'dog.', 'It', 'was a', 'well-', 'known,', 'long-', 'term', 'strategy', '--', 'they', 'said.', 'Hello?', 'Yes!', 'e.g.', 'this', 'is', 'Mr.', "Smith's", 'test-', 'case:', 'super-', 'long-', 'hyphenated-', 'words-', 'here', 'and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 5 ['The ', 'quick', ' ', 'brown', ' fox ', 'jumpe', 'd ', 'over ', 'the ', 'lazy ', 'dog. ', 'It ', 'was a', ' ', 'well-', 'known', ', ', 'long-', 'term ', 'strat', 'egy--', 'they ', 'said.', ' Hell', 'o?  ', 'Yes! ', 'e.g. ', 'this ', 'is ', 'Mr. S', "mith'", 's ', 'test-', 'case:', ' supe', 'r-', 'long-', 'hyphe', 'nated', '-word', 's-', 'here ', 'and a', ' very', 'longw', 'ordth', 'atcan', 'notfi', 'tonas', 'ingle', 'linea', 'tallr', 'eally', '.']
# expect: 10 ['The quick', 'brown fox', 'jumped', 'over the', 'lazy dog.', 'It was a', 'well-', 'known,', 'long-term', 'strategy--', 'they said.', 'Hello?', 'Yes! e.g.', 'this is', 'Mr.', "Smith's", 'test-case:', 'super-', 'long-hyphe', 'nated-', 'words-here', 'and a very', 'longwordth', 'atcannotfi', 'tonasingle', 'lineatallr', 'eally.']
# expect: 10 ['The quick', 'brown fox', 'jumped', 'over the', 'lazy dog.', 'It was a w', 'ell-known,', 'long-term ', 'strategy--', 'they said.', 'Hello?', 'Yes! e.g.', 'this is', 'Mr.', "Smith's", 'test-case:', 'super-long', '-hyphenate', 'd-words-he', 're and a v', 'erylongwor', 'dthatcanno', 'tfitonasin', 'glelineata', 'llreally.']
# expect: 10 ['The quick', 'brown fox', 'jumped', 'over the', 'lazy dog.', 'It was a', 'well-', 'known,', 'long-term', 'strategy--', 'they said.', 'Hello?', 'Yes! e.g.', 'this is', 'Mr.', "Smith's", 'test-case:', 'super-', 'long-', 'hyphenated-', 'words-here', 'and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 10 ['The quick ', 'brown fox ', 'jumped ', 'over the ', 'lazy dog. ', 'It was a ', 'well-', 'known, ', 'long-term ', 'strategy--', 'they said.', ' Hello?  ', 'Yes! e.g. ', 'this is ', 'Mr. ', "Smith's ", 'test-case:', ' super-', 'long-hyphe', 'nated-', 'words-here', ' and a ver', 'ylongwordt', 'hatcannotf', 'itonasingl', 'elineatall', 'really.']
# expect: 15 ['The quick brown', 'fox jumped over', 'the lazy dog.', 'It was a well-', 'known, long-', 'term strategy--', 'they said.', 'Hello?  Yes!', 'e.g. this is', "Mr. Smith's", 'test-case:', 'super-long-', 'hyphenated-', 'words-here and', 'a verylongwordt', 'hatcannotfitona', 'singlelineatall', 'really.']
# expect: 15 ['The quick brown', 'fox jumped over', 'the lazy dog.', 'It was a', 'well-known,', 'long-term', 'strategy--they', 'said. Hello?', 'Yes! e.g. this', "is Mr. Smith's", 'test-case: supe', 'r-long-hyphenat', 'ed-words-here', 'and a verylongw', 'ordthatcannotfi', 'tonasinglelinea', 'tallreally.']
# expect: 15 ['The quick brown', 'fox jumped over', 'the lazy dog.', 'It was a well-', 'known, long-', 'term strategy--', 'they said.', 'Hello?  Yes!', 'e.g. this is', "Mr. Smith's", 'test-case:', 'super-long-', 'hyphenated-', 'words-here and', 'a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 15 ['The quick brown', ' fox jumped ', 'over the lazy ', 'dog. It was a ', 'well-known, ', 'long-term ', 'strategy--they ', 'said. Hello?  ', 'Yes! e.g. this ', "is Mr. Smith's ", 'test-case: ', 'super-long-', 'hyphenated-', 'words-here and ', 'a verylongwordt', 'hatcannotfitona', 'singlelineatall', 'really.']
# expect: 20 ['The quick brown fox', 'jumped over the lazy', 'dog. It was a well-', 'known, long-term', 'strategy--they said.', 'Hello?  Yes! e.g.', "this is Mr. Smith's", 'test-case: super-', 'long-hyphenated-', 'words-here and a ver', 'ylongwordthatcannotf', 'itonasinglelineatall', 'really.']
# expect: 20 ['The quick brown fox', 'jumped over the lazy', 'dog. It was a', 'well-known,', 'long-term', 'strategy--they said.', 'Hello?  Yes! e.g.', "this is Mr. Smith's", 'test-case: super-lon', 'g-hyphenated-words-h', 'ere and a verylongwo', 'rdthatcannotfitonasi', 'nglelineatallreally.']
# expect: 20 ['The quick brown fox', 'jumped over the lazy', 'dog. It was a well-', 'known, long-term', 'strategy--they said.', 'Hello?  Yes! e.g.', "this is Mr. Smith's", 'test-case: super-', 'long-hyphenated-', 'words-here and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 20 ['The quick brown fox ', 'jumped over the lazy', ' dog. It was a well-', 'known, long-term ', 'strategy--they said.', ' Hello?  Yes! e.g. ', "this is Mr. Smith's ", 'test-case: super-', 'long-hyphenated-', 'words-here and a ver', 'ylongwordthatcannotf', 'itonasinglelineatall', 'really.']
# expect: 30 ['The quick brown fox jumped', 'over the lazy dog. It was a', 'well-known, long-term strategy', '--they said. Hello?  Yes! e.g.', "this is Mr. Smith's test-case:", 'super-long-hyphenated-words-', 'here and a verylongwordthatcan', 'notfitonasinglelineatallreally', '.']
# expect: 30 ['The quick brown fox jumped', 'over the lazy dog. It was a', 'well-known, long-term', 'strategy--they said. Hello?', "Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenat', 'ed-words-here and a verylongwo', 'rdthatcannotfitonasinglelineat', 'allreally.']
# expect: 30 ['The quick brown fox jumped', 'over the lazy dog. It was a', 'well-known, long-term strategy', '--they said. Hello?  Yes! e.g.', "this is Mr. Smith's test-case:", 'super-long-hyphenated-words-', 'here and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 30 ['The quick brown fox jumped ', 'over the lazy dog. It was a ', 'well-known, long-term strategy', '--they said. Hello?  Yes! e.g.', " this is Mr. Smith's test-", 'case: super-long-hyphenated-', 'words-here and a verylongwordt', 'hatcannotfitonasinglelineatall', 'really.']
# expect: 45 ['The quick brown fox jumped over the lazy dog.', 'It was a well-known, long-term strategy--they', "said. Hello?  Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenated-words-here', 'and a verylongwordthatcannotfitonasinglelinea', 'tallreally.']
# expect: 45 ['The quick brown fox jumped over the lazy dog.', 'It was a well-known, long-term strategy--they', "said. Hello?  Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenated-words-here', 'and a verylongwordthatcannotfitonasinglelinea', 'tallreally.']
# expect: 45 ['The quick brown fox jumped over the lazy dog.', 'It was a well-known, long-term strategy--they', "said. Hello?  Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenated-words-here', 'and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 45 ['The quick brown fox jumped over the lazy dog.', ' It was a well-known, long-term strategy--', 'they said. Hello?  Yes! e.g. this is Mr. ', "Smith's test-case: super-long-hyphenated-", 'words-here and a verylongwordthatcannotfitona', 'singlelineatallreally.']
# expect: 70 ['The quick brown fox jumped over the lazy dog. It was a well-known,', "long-term strategy--they said. Hello?  Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenated-words-here and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 70 ['The quick brown fox jumped over the lazy dog. It was a well-known,', "long-term strategy--they said. Hello?  Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenated-words-here and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 70 ['The quick brown fox jumped over the lazy dog. It was a well-known,', "long-term strategy--they said. Hello?  Yes! e.g. this is Mr. Smith's", 'test-case: super-long-hyphenated-words-here and a', 'verylongwordthatcannotfitonasinglelineatallreally.']
# expect: 70 ['The quick brown fox jumped over the lazy dog. It was a well-known, ', "long-term strategy--they said. Hello?  Yes! e.g. this is Mr. Smith's ", 'test-case: super-long-hyphenated-words-here and a ', 'verylongwordthatcannotfitonasinglelineatallreally.']
print(tw.fill(s, 30, initial_indent='* ', subsequent_indent='  '))
# expect: * The quick brown fox jumped
# expect:   over the lazy dog. It was a
# expect:   well-known, long-term
# expect:   strategy--they said. Hello?
# expect:   Yes! e.g. this is Mr.
# expect:   Smith's test-case: super-
# expect:   long-hyphenated-words-here
# expect:   and a verylongwordthatcannot
# expect:   fitonasinglelineatallreally.
print(tw.wrap("tab\there\tand\nnewline  two  spaces", 12), tw.wrap("tab\there", 12, expand_tabs=False), tw.wrap("a\tb", 12, replace_whitespace=False), tw.wrap("a\tb\tc", 40, tabsize=4))
# expect: ['tab     here', 'and newline', 'two  spaces'] ['tab here'] ['a       b'] ['a   b   c']
print(tw.wrap("Hello there. How are you? I am fine! ok.", 80, fix_sentence_endings=True))
# expect: ['Hello there.  How are you?  I am fine!  ok.']
for w in [8, 10, 12, 15, 20, 25, 40]:
    print(w, repr(tw.shorten("Hello  world!  This is a test of shorten", w)), repr(tw.shorten("Hello world", w, placeholder="...")))
    print(w, tw.wrap(s, w, max_lines=2), tw.wrap(s, w, max_lines=3, placeholder=' ~'), tw.wrap(s, w, max_lines=1))
# expect: 8 '[...]' 'Hello...'
# expect: 8 ['The', '[...]'] ['The', 'quick', 'brown ~'] ['[...]']
# expect: 10 '[...]' 'Hello...'
# expect: 10 ['The quick', '[...]'] ['The quick', 'brown fox', 'jumped ~'] ['The [...]']
# expect: 12 'Hello [...]' 'Hello world'
# expect: 12 ['The quick', 'brown [...]'] ['The quick', 'brown fox', 'jumped ~'] ['The [...]']
# expect: 15 'Hello [...]' 'Hello world'
# expect: 15 ['The quick brown', 'fox [...]'] ['The quick brown', 'fox jumped over', 'the lazy dog. ~'] ['The quick [...]']
# expect: 20 'Hello world! [...]' 'Hello world'
# expect: 20 ['The quick brown fox', 'jumped over [...]'] ['The quick brown fox', 'jumped over the lazy', 'dog. It was a ~'] ['The quick [...]']
# expect: 25 'Hello world! This [...]' 'Hello world'
# expect: 25 ['The quick brown fox', 'jumped over the [...]'] ['The quick brown fox', 'jumped over the lazy dog.', 'It was a well-known, ~'] ['The quick brown fox [...]']
# expect: 40 'Hello world! This is a test of shorten' 'Hello world'
# expect: 40 ['The quick brown fox jumped over the lazy', 'dog. It was a well-known, long- [...]'] ['The quick brown fox jumped over the lazy', 'dog. It was a well-known, long-term', 'strategy--they said. Hello?  Yes! e.g. ~'] ['The quick brown fox jumped over [...]']
for bad in [lambda: tw.wrap('abc', 0), lambda: tw.shorten('hello world', 3), lambda: tw.wrap('a b', 4, max_lines=2, placeholder='xxxxxx', subsequent_indent='  ')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
# expect: ValueError invalid width 0 (must be > 0)
# expect: ValueError placeholder too large for max width
# expect: ValueError placeholder too large for max width
print(repr(tw.dedent("    a\n      b\n\n    c\n")), repr(tw.dedent("\ta\n    b")), repr(tw.dedent("  x\n  \n   y")), repr(tw.dedent("")), repr(tw.dedent("no indent\n  x")))
# expect: 'a\n  b\n\nc\n' '\ta\n    b' 'x\n\n y' '' 'no indent\n  x'
print(repr(tw.dedent("  a\n\t\n  b")), repr(tw.dedent("   \n  hello\n    world\n  ")))
# expect: 'a\n\nb' '\nhello\n  world\n'
print(repr(tw.indent("a\n\nb\n  \nc", "> ")), repr(tw.indent("a\nb\n", "+", lambda l: True)), repr(tw.indent("", "x")))
# expect: '> a\n\n> b\n  \n> c' '+a\n+b\n' ''
w = tw.TextWrapper(width=20, max_lines=2)
print(w.wrap(s), w.fill("short"), w.width, w.placeholder, w.tabsize)
# expect: ['The quick brown fox', 'jumped over [...]'] short 20  [...] 8
print(tw.wrap(""), tw.wrap("   "), tw.wrap("  leading spaces here", 10), tw.wrap("  leading", 10, drop_whitespace=False), tw.fill("a -- b --- c -d- e--f", 6))
# expect: [] [] ['  leading', 'spaces', 'here'] ['  leading'] a -- b
# expect: --- c
# expect: -d- e
# expect: --f
print(tw.wrap("x-y-z long-word-breaking-test", 7), tw.wrap("--- --a-- b-", 3), tw.wrap("123-456-789 abc-123 ab-cd", 5))
# expect: ['x-y-z', 'long-', 'word-br', 'eaking-', 'test'] ['---', '--a', '--', 'b-'] ['123-', '456-', '789 a', 'bc-', '123', 'ab-cd']
print(tw.wrap("one, two; three: four! five? six.", 6, fix_sentence_endings=True))
# expect: ['one,', 'two;', 'three:', 'four!', 'five?', 'six.']
print(tw.wrap('über-straße café-naïve', 8), tw.wrap('a'*10 + '-' + 'b'*10, 15))
# expect: ['über-', 'straße', 'café-', 'naïve'] ['aaaaaaaaaa-', 'bbbbbbbbbb']
