"""Verifies every framework name the glossary publishes against the installed libraries.

Run by hand in a Python environment that has the libraries installed (torch,
jax, tensorflow, keras, transformers):

    python3 scripts/implementations/verify.py [extra.yaml ...] > test/fixtures/implementations/verified.json

It reads the `implementations:` lists of content/terms/*.md(x) (and of any
extra YAML files: a list of {framework, api} mappings, or such lists keyed by
term slug, as in scripts/implementations/new-terms.yaml), and for each entry:

The evidence names the installed package and version, the file and line there,
and the same file in the project's repository at the release tag.

- huggingface: the string must be a key of `transformers.activations.ACT2CLS`;
  the evidence is the line of activations.py that registers it.
- every other framework: the callable must import under its dotted name, and a
  call's arguments must bind to its signature, with positional placeholders
  spelled as the library names its parameters (`input` for torch.nn.functional,
  `features` for tf.nn). The evidence is the file and line that defines it.

Nothing is written by hand: the JSON is this script's output, and
test/content/implementations.test.ts checks that every published name is in it.
Exits non-zero, listing each failure, if any name does not verify.
"""

import ast
import importlib
import importlib.metadata
import inspect
import json
import operator
import pathlib
import re
import sys
import sysconfig

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
SITE = pathlib.Path(sysconfig.get_paths()["purelib"])
PACKAGE = {"pytorch": "torch", "jax": "jax", "tensorflow": "tensorflow-cpu", "keras": "keras", "huggingface": "transformers"}
ROOT_MODULE = {"torch": "torch", "jax": "jax", "tf": "tensorflow", "keras": "keras"}
# Where each release's source lives, and how the project tags a release.
REPO = {
    "pytorch": ("pytorch/pytorch", "v{}"),
    "jax": ("jax-ml/jax", "jax-v{}"),
    "tensorflow": ("tensorflow/tensorflow", "v{}"),
    "keras": ("keras-team/keras", "v{}"),
    "huggingface": ("huggingface/transformers", "v{}"),
}


def repo_path(framework, installed):
    """The file's path in the repository at the release tag, or None where the installed file is built, not committed."""
    if installed.endswith("(compiled)") or re.search(r"/gen_\w+\.py$", installed):
        return None  # C++ ops, and TensorFlow's op wrappers generated from the op registry at build time
    return f"src/{installed}" if framework == "huggingface" else installed


def frontmatter(path):
    text = path.read_text()
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    return yaml.safe_load(m.group(1)) if m else {}


def published():
    for path in sorted((ROOT / "content" / "terms").glob("*.md*")):
        for item in frontmatter(path).get("implementations") or []:
            yield item["framework"], item["api"]
    for extra in sys.argv[1:]:
        data = yaml.safe_load(pathlib.Path(extra).read_text()) or []
        # A list of {framework, api}, or lists keyed by the slug of a term being written elsewhere.
        for item in data if isinstance(data, list) else [i for items in data.values() for i in items]:
            yield item["framework"], item["api"]


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    raise ValueError("not a dotted name")


def resolve(name):
    parts = name.split(".")
    obj = importlib.import_module(ROOT_MODULE[parts[0]])
    path = ROOT_MODULE[parts[0]]
    for part in parts[1:]:
        path = f"{path}.{part}"
        try:
            obj = getattr(obj, part)
        except AttributeError:
            obj = importlib.import_module(path)
    return obj


def relative(file):
    p = pathlib.Path(file).resolve()
    try:
        return str(p.relative_to(SITE))
    except ValueError:
        return p.name


def parameter_names(obj):
    """Parameter names, from the signature or, for C builtins, the docstring's first line."""
    try:
        sig = inspect.signature(obj)
        params = list(sig.parameters.values())
        if inspect.isclass(obj) and params and params[0].name == "self":
            params = params[1:]
        return [p.name for p in params if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)], sig
    except (TypeError, ValueError):
        doc = (obj.__doc__ or "").strip().splitlines()[0]
        m = re.match(r"\w+\((.*)\)", doc)
        if not m:
            raise
        names = [re.split(r"[:=]", a)[0].strip() for a in m.group(1).split(",")]
        return [n for n in names if n and n not in ("*", "/")], None


def where(obj):
    target = inspect.unwrap(obj)
    try:
        lines, start = inspect.getsourcelines(target)
        first = next(l for l in lines if re.match(r"\s*(def|class)\s", l))
        return relative(inspect.getsourcefile(target)), start + lines.index(first), first.strip()
    except (TypeError, OSError, StopIteration):
        doc = (obj.__doc__ or "").strip().splitlines()
        module = getattr(obj, "__module__", None) or type(obj).__module__
        return f"{module} (compiled)", None, doc[0] if doc else repr(obj)


ARITHMETIC = {ast.Div: operator.truediv, ast.Mult: operator.mul, ast.Add: operator.add, ast.Sub: operator.sub}


def number_or_literal(node):
    """A literal, or arithmetic on number literals such as `1/8` (PyTorch writes RReLU's defaults that way)."""
    if isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC:
        return ARITHMETIC[type(node.op)](number_or_literal(node.left), number_or_literal(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -number_or_literal(node.operand)
    return ast.literal_eval(node)


def verify_call(api):
    expr = ast.parse(api, mode="eval").body
    if isinstance(expr, ast.Call):
        obj = resolve(dotted(expr.func))
        names, sig = parameter_names(obj)
        for i, arg in enumerate(expr.args):
            if not isinstance(arg, ast.Name):
                raise ValueError(f"positional argument {i + 1} must be a placeholder named like the parameter")
            if i >= len(names) or names[i] != arg.id:
                raise ValueError(f"positional argument {i + 1} is `{arg.id}`, but the library calls it `{names[i] if i < len(names) else 'nothing'}`")
        kwargs = {k.arg: number_or_literal(k.value) for k in expr.keywords}
        for k in kwargs:
            if k not in names:
                raise ValueError(f"no parameter `{k}` (parameters: {', '.join(names)})")
        defaults = {}
        if sig is not None:
            defaults = {k: repr(sig.parameters[k].default) for k in kwargs if sig.parameters[k].default is not inspect.Parameter.empty}
        return obj, defaults
    return resolve(dotted(expr)), {}


def verify_hf(key):
    from transformers import activations

    if key not in activations.ACT2CLS:
        raise ValueError(f"`{key}` is not a key of ACT2CLS")
    source = pathlib.Path(inspect.getsourcefile(activations))
    for n, line in enumerate(source.read_text().splitlines(), 1):
        if line.strip().startswith(f'"{key}":'):
            return relative(source), n, line.strip(), {}
    raise ValueError(f"`{key}` is in ACT2CLS but its line was not found in {source}")


def main():
    entries, failures = {}, []
    for framework, api in published():
        if (framework, api) in entries:
            continue
        try:
            if framework == "huggingface":
                path, line, snippet, defaults = verify_hf(api)
            else:
                obj, defaults = verify_call(api)
                path, line, snippet = where(obj)
            pkg = PACKAGE[framework]
            version = importlib.metadata.version(pkg).split("+")[0]
            repo, tag = REPO[framework]
            entries[(framework, api)] = {
                "framework": framework,
                "api": api,
                "package": pkg,
                "version": version,
                "repo": repo,
                "tag": tag.format(version),
                "repoPath": repo_path(framework, path),
                "path": path,
                "line": line,
                "snippet": snippet,
                "defaults": defaults,
            }
        except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
            failures.append(f"{framework} {api}: {type(e).__name__}: {e}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)
    out = {
        "generatedBy": "scripts/implementations/verify.py",
        "entries": sorted(entries.values(), key=lambda e: (e["framework"], e["api"])),
    }
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
