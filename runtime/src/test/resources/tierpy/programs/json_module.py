import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None, "pi": 3.14159, "big": 10 ** 20, "e": 1e-07}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps([1, [2, {"a": []}], {}], indent="\t"))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":"), sort_keys=True))
print(json.dumps("h\u00e9llo \"q\" \\ \n\t\x01 \U0001F600"), json.dumps("h\u00e9llo \U0001F600", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}), json.dumps((1, 2)), json.dumps(float("inf")), json.dumps(-0.0))
print(json.dumps({"d": {1, 2}}, default=sorted), json.dumps([1.0, 100.0, 1e16, 123456789.123]))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\n\\ud83d\\ude00", "c": {}}'))
print(json.loads("  [ ]  "), json.loads('"\\/"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("12345678901234567890"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("[1.5]", parse_float=str))
for bad in ['', '{"a" 1}', '[1, 2', '{"a": 1,}', '[1,]', 'nul', '"abc', '{1: 2}', '[1] x', '"\\q"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
for bad in [{"s": {1}}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.dumps(json.loads(json.dumps(data))) == json.dumps(data))

# Expected output (CPython 3.14 semantics):
# expect: {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": true, "none": null, "pi": 3.14159, "big": 100000000000000000000, "e": 1e-07}
# expect: {
# expect:   "age": 36,
# expect:   "big": 100000000000000000000,
# expect:   "e": 1e-07,
# expect:   "langs": [
# expect:     "en",
# expect:     "fr"
# expect:   ],
# expect:   "name": "Ada",
# expect:   "none": null,
# expect:   "ok": true,
# expect:   "pi": 3.14159
# expect: }
# expect: [
# expect: 	1,
# expect: 	[
# expect: 		2,
# expect: 		{
# expect: 			"a": []
# expect: 		}
# expect: 	],
# expect: 	{}
# expect: ]
# expect: {"a":2,"b":1}
# expect: "h\u00e9llo \"q\" \\ \n\t\u0001 \ud83d\ude00" "héllo 😀"
# expect: {"1": "t", "2.5": "float", "null": "n"} [1, 2] Infinity -0.0
# expect: {"d": [1, 2]} [1.0, 100.0, 1e+16, 123456789.123]
# expect: {'a': [1, 2.5, -300.0, True, False, None], 'b': 'xé\n😀', 'c': {}}
# expect: [] / nan -inf 12345678901234567890
# expect: [('a', 1)] ['1.5']
# expect: '' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '{"a" 1}' -> Expecting ':' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: '[1, 2' -> Expecting ',' delimiter: line 1 column 6 (char 5) 5 1 6
# expect: '{"a": 1,}' -> Illegal trailing comma before end of object: line 1 column 8 (char 7) 7 1 8
# expect: '[1,]' -> Illegal trailing comma before end of array: line 1 column 3 (char 2) 2 1 3
# expect: 'nul' -> Expecting value: line 1 column 1 (char 0) 0 1 1
# expect: '"abc' -> Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# expect: '{1: 2}' -> Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# expect: '[1] x' -> Extra data: line 1 column 5 (char 4) 4 1 5
# expect: '"\\q"' -> Invalid \escape: line 1 column 2 (char 1) 1 1 2
# expect: TypeError Object of type set is not JSON serializable
# expect: ValueError Out of range float values are not JSON compliant: nan
# expect: Circular reference detected
# expect: True True
