package tierpy.bench;

import java.util.Random;

/**
 * Writes a large, deterministic Python module out of varied, realistic pieces (classes,
 * decorators, comprehensions, f-strings, match, try, lambdas, async code...). The text uses only
 * syntax that CPython 3.11 also accepts, so both parsers can be timed on the same file.
 */
final class SourceGenerator {
    private static final String[] NAMES = {"value", "item", "count", "total", "result", "node", "key",
            "data", "index", "buffer", "config", "record", "entry", "payload", "state", "limit"};
    private static final String[] TYPES = {"int", "str", "float", "bool", "list[int]", "dict[str, int]",
            "tuple[int, ...]", "set[str]", "Optional[int]", "Callable[[int], str]"};
    private static final String[] OPERATORS = {"+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "/"};
    private static final String[] COMPARISONS = {"<", "<=", ">", ">=", "==", "!=", "in", "not in", "is", "is not"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int serial;

    private SourceGenerator(long seed) {
        random = new Random(seed);
    }

    /** A module of at least {@code minBytes} UTF-8 bytes; the same arguments give the same text. */
    static String generate(long minBytes, long seed) {
        SourceGenerator generator = new SourceGenerator(seed);
        generator.header();
        // The text is ASCII apart from one string per block, so chars undercount bytes only slightly.
        while (generator.out.length() < minBytes) {
            generator.block();
        }
        return generator.out.toString();
    }

    private String name() {
        return NAMES[random.nextInt(NAMES.length)] + "_" + random.nextInt(50);
    }

    private String type() {
        return TYPES[random.nextInt(TYPES.length)];
    }

    private String number() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(1000));
            case 1 -> random.nextInt(100) + "." + random.nextInt(1000);
            case 2 -> "0x" + Integer.toHexString(random.nextInt(1 << 16));
            case 3 -> "1_000_" + String.format("%03d", random.nextInt(1000));
            case 4 -> random.nextInt(10) + "e-" + random.nextInt(20);
            default -> random.nextInt(50) + "j";
        };
    }

    private String string() {
        return switch (random.nextInt(5)) {
            case 0 -> "'text " + random.nextInt(1000) + "'";
            case 1 -> "\"double \\\"quoted\\\" " + random.nextInt(100) + "\"";
            case 2 -> "r'\\d+\\s*" + random.nextInt(10) + "'";
            case 3 -> "b'\\x00bytes" + random.nextInt(10) + "'";
            default -> "'caf\u00e9 \u00fcber " + random.nextInt(10) + "'";
        };
    }

    /** A random expression of bounded depth. */
    private String expr(int depth) {
        if (depth <= 0) {
            return switch (random.nextInt(3)) {
                case 0 -> name();
                case 1 -> number();
                default -> string();
            };
        }
        return switch (random.nextInt(14)) {
            case 0 -> expr(depth - 1) + " " + OPERATORS[random.nextInt(OPERATORS.length)] + " " + expr(depth - 1);
            case 1 -> "(" + expr(depth - 1) + " " + COMPARISONS[random.nextInt(COMPARISONS.length)] + " "
                    + expr(depth - 1) + ")";
            case 2 -> name() + "(" + expr(depth - 1) + ", " + name() + "=" + expr(depth - 1) + ")";
            case 3 -> name() + "." + name() + "[" + expr(depth - 1) + ":" + expr(depth - 1) + "]";
            case 4 -> "[" + expr(depth - 1) + " for " + name() + " in " + name() + " if " + expr(depth - 1) + "]";
            case 5 -> "{" + name() + ": " + expr(depth - 1) + " for " + name() + ", " + name() + " in "
                    + name() + ".items()}";
            // f-string fields hold no quotes, so that CPython 3.11 parses them too
            case 6 -> "f'" + name() + "={" + name() + " + " + number() + "!r} {" + name() + ":>10} {" + name()
                    + ":.{" + name() + "}f}'";
            case 7 -> "(lambda " + name() + ", *args, **kw: " + expr(depth - 1) + ")";
            case 8 -> "(" + expr(depth - 1) + " if " + expr(depth - 1) + " else " + expr(depth - 1) + ")";
            case 9 -> "(not " + expr(depth - 1) + " and " + expr(depth - 1) + " or " + expr(depth - 1) + ")";
            case 10 -> "{" + string() + ": " + expr(depth - 1) + ", **" + name() + "}";
            case 11 -> "(" + expr(depth - 1) + ", *" + name() + ", " + expr(depth - 1) + ")";
            case 12 -> "-" + expr(depth - 1) + " ** ~" + name();
            default -> "{" + expr(depth - 1) + ", " + expr(depth - 1) + "}";
        };
    }

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }

    private void header() {
        line(0, "\"\"\"A generated module for the tierpy parse benchmark.\"\"\"");
        line(0, "from __future__ import annotations");
        line(0, "import asyncio");
        line(0, "from dataclasses import dataclass, field");
        line(0, "from typing import Callable, Optional");
        line(0, "");
    }

    private void block() {
        int n = serial++;
        switch (n % 6) {
            case 0 -> dataClass(n);
            case 1 -> function(n);
            case 2 -> matcher(n);
            case 3 -> asyncFunction(n);
            case 4 -> module(n);
            default -> klass(n);
        }
        line(0, "");
    }

    private void dataClass(int n) {
        line(0, "@dataclass(frozen=True)");
        line(0, "class Record" + n + ":");
        line(1, "\"\"\"Record number " + n + ".\"\"\"");
        for (int i = 0; i < 4; i++) {
            line(1, name() + ": " + type() + " = " + expr(0));
        }
        line(1, "tags: list[str] = field(default_factory=list)");
        line(0, "");
        line(1, "def total(self) -> float:");
        line(2, "return sum(" + expr(1) + " for _ in range(" + random.nextInt(10) + "))");
    }

    private void function(int n) {
        line(0, "@functools.lru_cache(maxsize=" + random.nextInt(512) + ")");
        line(0, "def compute_" + n + "(" + name() + ": " + type() + ", /, " + name() + "=" + expr(0) + ", *, "
                + name() + ": " + type() + " = None, **options) -> " + type() + ":");
        String accumulator = name();
        line(1, accumulator + " = " + expr(2));
        line(1, "for " + name() + ", " + name() + " in enumerate(" + expr(1) + "):");
        line(2, "if " + expr(2) + ":");
        line(3, accumulator + " += " + expr(2));
        line(2, "elif " + expr(1) + ":");
        line(3, "continue");
        line(2, "else:");
        line(3, "break");
        line(1, "while " + accumulator + " > " + number() + ":");
        line(2, accumulator + " //= 2");
        line(1, "try:");
        line(2, "with open(" + string() + ") as handle, " + name() + "() as " + name() + ":");
        line(3, name() + " = [line.strip() for line in handle if line and not line.startswith('#')]");
        line(1, "except (OSError, ValueError) as error:");
        line(2, "raise RuntimeError(f\"failed {error!s} at " + n + "\") from error");
        line(1, "finally:");
        line(2, "del " + accumulator + "[:]");
        line(1, "return " + expr(3));
    }

    private void matcher(int n) {
        line(0, "def dispatch_" + n + "(command):");
        line(1, "match command:");
        line(2, "case {'action': 'move', 'x': int(x), 'y': int(y), **rest}:");
        line(3, "return (x, y, rest)");
        line(2, "case [first, *others] if len(others) > " + random.nextInt(5) + ":");
        line(3, "return first");
        line(2, "case Point(x=0, y=yy) | Point(x=yy, y=0):");
        line(3, "return yy");
        line(2, "case str() as text if text.isdigit():");
        line(3, "return int(text)");
        line(2, "case None | True | False:");
        line(3, "return " + expr(1));
        line(2, "case -1 | 2.5 | 3j | 'literal' | b'bytes':");
        line(3, "pass");
        line(2, "case _:");
        line(3, "return " + expr(2));
    }

    private void asyncFunction(int n) {
        line(0, "async def fetch_" + n + "(session, urls: list[str], *, retries: int = 3) -> dict[str, bytes]:");
        line(1, "results = {}");
        line(1, "async with session.lock:");
        line(2, "async for url in aiter_urls(urls):");
        line(3, "for attempt in range(retries):");
        line(4, "try:");
        line(5, "results[url] = await asyncio.wait_for(session.get(url), timeout=" + number() + ")");
        line(5, "break");
        line(4, "except asyncio.TimeoutError:");
        line(5, "await asyncio.sleep(2 ** attempt)");
        line(1, "return {k: v async for k, v in gather(results) if (size := len(v)) > " + random.nextInt(100) + "}");
    }

    private void module(int n) {
        String constant = "TABLE_" + n;
        line(0, constant + " = {");
        for (int i = 0; i < 5; i++) {
            line(1, string() + ": (" + expr(1) + ", " + expr(1) + "),");
        }
        line(0, "}");
        line(0, "handlers_" + n + " = [lambda event, n=n: event.kind == n for n in range(" + random.nextInt(20) + ")]");
        line(0, "matrix_" + n + " = [[row * col for col in range(8)] for row in range(8) if row % 2 == 0]");
        line(0, "assert " + expr(1) + ", " + string());
        line(0, "x_" + n + ", *y_" + n + " = sorted({" + expr(1) + ", " + expr(1) + "}, key=lambda v: -v)");
        line(0, "if __name__ == '__main__' and " + expr(2) + ":");
        line(1, "print(*" + constant + ".items(), sep='\\n', end=f'{len(" + constant + ")}\\n')");
    }

    private void klass(int n) {
        line(0, "class Service" + n + "(Base, metaclass=Registry, name='service_" + n + "'):");
        line(1, "'''Service " + n + " with properties and a generator.'''");
        line(1, "instances: dict[str, 'Service" + n + "'] = {}");
        line(0, "");
        line(1, "def __init__(self, *args, **kwargs):");
        line(2, "super().__init__(*args, **kwargs)");
        line(2, "self._" + name() + " = " + expr(2));
        line(0, "");
        line(1, "@property");
        line(1, "def size(self) -> int:");
        line(2, "return len(self._items) if self._items else 0");
        line(0, "");
        line(1, "@staticmethod");
        line(1, "def walk(tree):");
        line(2, "yield tree");
        line(2, "for child in tree.children:");
        line(3, "yield from Service" + n + ".walk(child)");
        line(0, "");
        line(1, "def __repr__(self):");
        line(2, "return f'{type(self).__name__}({self.size!r}, {\", \".join(map(str, self._items))})'");
        line(0, "");
        line(1, "def update(self, other):");
        line(2, "global COUNTER");
        line(2, "def inner():");
        line(3, "nonlocal other");
        line(3, "other = " + expr(2));
        line(2, "inner()");
        line(2, "self.data[1:, ::2] = other @ self.weights");
        line(2, "return self.data ** -1 if self.data is not None else ...");
    }
}
