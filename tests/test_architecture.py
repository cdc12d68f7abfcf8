"""The floors of docs/architecture.md hold: a module imports only from its own floor or below."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Lowest first. Security and the background-task kit import nothing of ours, so every floor may use them.
FLOORS = [
    ("asmportal.security", "asmportal.background"),
    ("catalog",),
    ("interventions",),
    ("events",),
    ("publications",),
    ("newsletter", "suggestions"),
    ("asmportal",),
]


def floor_of(module):
    """The floor of a dotted module name; None for anything not ours (Django, libraries)."""
    best = None
    for number, prefixes in enumerate(FLOORS):
        for prefix in prefixes:
            ours = module == prefix or module.startswith(prefix + ".")
            if ours and (best is None or len(prefix) > len(best[1])):
                best = (number, prefix)
    return best[0] if best else None


def imports(path):
    """Every absolute module name `path` imports (relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            yield module


def modules():
    for top in {prefix.split(".")[0] for prefixes in FLOORS for prefix in prefixes}:
        for path in (ROOT / top).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def test_no_module_imports_from_a_floor_above_its_own():
    broken = []
    for path in modules():
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        own = floor_of(module)
        for imported in imports(path):
            floor = floor_of(imported)
            if floor is not None and floor > own:
                broken.append(f"{module} imports {imported}")
    assert not broken, "\n".join(broken)


def test_the_check_sees_a_breach():
    assert floor_of("catalog.browse.engine") < floor_of("publications.models") < floor_of("asmportal.pages.home")
    assert floor_of("asmportal.security.roles") < floor_of("catalog.models")
