# ast node classes: construction, defaults, isinstance, transformer, literal_eval errors
import ast

n = ast.Name('x')
print(n.id, type(n.ctx).__name__)  # expect: x Load
print(ast.dump(n))  # expect: Name(id='x', ctx=Load())
print(ast.Name._fields, ast.expr._attributes)  # expect: ('id', 'ctx') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
print(isinstance(n, ast.expr), isinstance(n, ast.AST), isinstance(n, ast.stmt))  # expect: True True False
call = ast.Call(func=ast.Name(id='f', ctx=ast.Load()))
print(call.args, call.keywords)  # expect: [] []
ret = ast.Return()
print(ret.value)  # expect: None
try:
    ast.Name('a', ast.Load(), 'extra')
except TypeError as e:
    print(e)  # expect: Name constructor takes at most 2 positional arguments
try:
    ast.Name('a', id='b')
except TypeError as e:
    print(e)  # expect: Name got multiple values for argument 'id'
print(repr(ast.parse('x + 1').body[0]))  # expect: Expr(value=BinOp(left=Name(id='x', ctx=Load(...)), op=Add(), right=Constant(value=1, kind=None)))

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Pass(self, node):
        return None

tree = Doubler().visit(ast.parse("a = 1 + 2\nif a:\n    pass\n    b = [3, 'x']\n"))
print(ast.unparse(tree))  # expect: a = 2 + 4
# expect: if a:
# expect:     b = [6, 'x']
code = compile(ast.fix_missing_locations(tree), '<ast>', 'exec')
ns = {}
exec(code, ns)
print(ns['a'], ns['b'])  # expect: 6 [6, 'x']

print(sorted({type(n).__name__ for n in ast.walk(ast.parse('f(x, y=1)'))}))  # expect: ['Call', 'Constant', 'Expr', 'Load', 'Module', 'Name', 'keyword']
print([name for name, _ in ast.iter_fields(ast.parse('x = 1').body[0])])  # expect: ['targets', 'value', 'type_comment']
print(ast.literal_eval('{1: [2, -3.5], "k": (True, None, set())}'))  # expect: {1: [2, -3.5], 'k': (True, None, set())}
print(ast.literal_eval('-1 + 2j'))  # expect: (-1+2j)
for bad in ('x', 'f(1)', '1 + 2', '[1, y]'):
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(e)
# expect: malformed node or string on line 1: Name(id='x', ctx=Load())
# expect: malformed node or string on line 1: Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1, kind=None)], keywords=[])
# expect: malformed node or string on line 1: BinOp(left=Constant(value=1, kind=None), op=Add(), right=Constant(value=2, kind=None))
# expect: malformed node or string on line 1: Name(id='y', ctx=Load())
tree = ast.parse('def f():\n    """  Doc\n    more\n    """\n    return 1\n')
print(repr(ast.get_docstring(tree.body[0])))  # expect: 'Doc\nmore'
ast.increment_lineno(tree, 3)
print(tree.body[0].lineno, tree.body[0].body[1].end_lineno)  # expect: 4 8
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)), lineno=1, col_offset=0), '<e>', 'eval')) if False else eval('6 * 7'))  # expect: 42
print(eval(compile('1 + 2', '<s>', 'eval')), eval('x * 2', {'x': 21}))  # expect: 3 42
only = compile('y = 5', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(only).__name__, ast.dump(only))  # expect: Module Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=5))])
try:
    compile(ast.Module([ast.Expr(ast.Name('x', ast.Load()))]), '<m>', 'exec')
except TypeError as e:
    print(e)  # expect: required field "lineno" missing from stmt
print(ast.Return.value, ast.Name.end_lineno, hasattr(ast.Name, 'id'))  # expect: None None False
