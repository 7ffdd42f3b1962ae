# annotationlib: STRING format from the definitions' source
import annotationlib

def f(a: list[int], *rest: "Later", k: Missing | None = None) -> dict[str, int]:
    return {}
print(annotationlib.get_annotations(f, format=annotationlib.Format.STRING))  # expect: {'a': 'list[int]', 'rest': 'Later', 'k': 'Missing | None', 'return': 'dict[str, int]'}

class Point:
    x: int
    if True:
        y: "float" = 0.0
    z = 3
print(annotationlib.get_annotations(Point, format=annotationlib.Format.STRING))  # expect: {'x': 'int', 'y': 'float'}
print(repr(annotationlib.ForwardRef('Later')), annotationlib.Format.FORWARDREF)  # expect: ForwardRef('Later') 3
