# tierpy: the Python half of the ast module (Lib/ast.py's helpers). The node classes,
# parse, dump and unparse are defined in Java (tierpy.modules.AstModule) before this runs.


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes or lists of nodes."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first, in no guaranteed order."""
    pending = [node]
    while pending:
        current = pending.pop(0)
        pending.extend(iter_child_nodes(current))
        yield current


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node; return new_node."""
    for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        if value is None and name.startswith('end_') and hasattr(old_node, name):
            setattr(new_node, name, value)
        elif value is not None:
            setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without positions those of its parent (1, 0 at the top)."""
    names = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')

    def fill(current, inherited):
        positions = list(inherited)
        for i, name in enumerate(names):
            if name in current._attributes:
                if getattr(current, name, None) is None:
                    setattr(current, name, positions[i])
                else:
                    positions[i] = getattr(current, name)
        for child in iter_child_nodes(current):
            fill(child, positions)
    fill(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        end = getattr(child, 'end_lineno', None)
        if 'end_lineno' in child._attributes and end is not None:
            child.end_lineno = end + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    if clean:
        return _clean_doc(first.value)
    return first.value


def _clean_doc(text):
    # inspect.cleandoc: expand tabs, drop the common indentation of the lines after the first,
    # then leading and trailing blank lines.
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines = [lines[0]] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _line_starts(source):
    # character offsets where each line begins (\r\n, \r and \n all end lines)
    starts = [0]
    i = 0
    length = len(source)
    while i < length:
        ch = source[i]
        if ch == '\r' and i + 1 < length and source[i + 1] == '\n':
            i += 1
            starts.append(i + 1)
        elif ch == '\r' or ch == '\n':
            starts.append(i + 1)
        i += 1
    return starts


def get_source_segment(source, node, *, padded=False):
    """The source text that node spans, or None when its positions are missing."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start_col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = []
    starts = _line_starts(source)
    starts.append(len(source))
    for index in range(len(starts) - 1):
        lines.append(source[starts[index]:starts[index + 1]])
    if first == last:
        return lines[first].encode()[start_col:end_col].decode()
    if padded:
        prefix = ''.join(' \t'[ch == '\t'] for ch in lines[first].encode()[:start_col].decode())
    else:
        prefix = ''
    head = prefix + lines[first].encode()[start_col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


class NodeVisitor(object):
    """Calls visit_<ClassName> for each node, or generic_visit when there is none."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit results replace the visited nodes (None removes them)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                kept = []
                for item in old_value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old_value.clear()
                old_value.extend(kept)
            elif isinstance(old_value, AST):
                replacement = self.visit(old_value)
                if replacement is None:
                    delattr(node, field)
                else:
                    setattr(node, field, replacement)
        return node


def literal_eval(node_or_string):
    """Evaluate a node or string holding only a Python literal (or +/- and complex sums)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(bad):
        message = 'malformed node or string'
        line = getattr(bad, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(message + f': {bad!r}')

    def number(item):
        if isinstance(item, Constant) and type(item.value) in (int, float, complex):
            return item.value
        malformed(item)

    def signed_number(item):
        if isinstance(item, UnaryOp) and isinstance(item.op, (UAdd, USub)):
            operand = number(item.operand)
            return +operand if isinstance(item.op, UAdd) else -operand
        return number(item)

    def value_of(item):
        if isinstance(item, Constant):
            return item.value
        if isinstance(item, Tuple):
            return tuple([value_of(e) for e in item.elts])
        if isinstance(item, List):
            return [value_of(e) for e in item.elts]
        if isinstance(item, Set):
            return set([value_of(e) for e in item.elts])
        if (isinstance(item, Call) and isinstance(item.func, Name) and item.func.id == 'set'
                and item.args == [] and item.keywords == []):
            return set()
        if isinstance(item, Dict):
            if len(item.keys) != len(item.values):
                malformed(item)
            return dict(zip([value_of(k) for k in item.keys], [value_of(v) for v in item.values]))
        if isinstance(item, BinOp) and isinstance(item.op, (Add, Sub)):
            left = signed_number(item.left)
            right = number(item.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(item.op, Add) else left - right
        return signed_number(item)

    return value_of(node)
