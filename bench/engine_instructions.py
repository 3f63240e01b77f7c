"""The engine's cost in instructions without the start-up: under callgrind with instrumentation
off, read the first FROM articles of the figure-dense corpus (the tables read on first use, the
caches warm), turn instrumentation on for this process alone, extract articles FROM to TO, turn
it off. Callgrind's "Collected" count over (TO - FROM) is the engine's cost an article, in
about 20 seconds a run where the whole-process pair (bench/instructions.py) takes minutes:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        "$(python -c 'import sys; print(sys.executable)')" bench/engine_instructions.py 20 70
    # instructions an article = Collected / 50

(valgrind must start the interpreter itself, not a shell script standing for it, such as a
pyenv shim: it follows no child process). The articles are bench/instructions.py's, written
once to a file in the temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from instructions import corpus_file  # noqa: E402  (bench/instructions.py, beside this file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=int, help="articles read before instrumentation is turned on")
    parser.add_argument("last", type=int, help="articles read in all (the measured ones are first..last)")
    parser.add_argument("--kind", default="figures", help="corpus kind: figures (default), mixed or news")
    args = parser.parse_args(argv)
    from tracker import extract

    with corpus_file(args.kind, args.last).open(encoding="utf-8") as lines:
        texts = [(r["text"], r["date"]) for r in map(json.loads, lines)]
    for text, published in texts[: args.first]:
        extract(text, published=published)
    _instrument("on")
    found = sum(len(extract(text, published=published)) for text, published in texts[args.first : args.last])
    _instrument("off")
    print(f"articles {args.first}-{args.last}: {found} figures")
    return 0


def _instrument(state: str) -> None:
    """Turn callgrind's instrumentation of this process on or off; nothing outside callgrind."""
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True, check=False)


if __name__ == "__main__":
    raise SystemExit(main())
