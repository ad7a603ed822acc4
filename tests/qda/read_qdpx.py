"""Reads a QDPX project with the REFI-QDA readers of other projects and prints what they saw.

    read_qdpx.py validate FILE          validates project.qde against the REFI-QDA schema that
                                    qualitative-coding ships (xmlschema)
    read_qdpx.py pyrefiqda FILE         codes and coded segments as pyrefiqda reads them (JSON)
    read_qdpx.py qc FILE DIR            imports FILE with `qc init --import` into DIR (JSON)
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def validate(path):
    import importlib.resources
    import xmlschema
    schema = importlib.resources.files("qualitative_coding") / "refi_qda" / "schema.xsd"
    with zipfile.ZipFile(path) as z:
        xmlschema.validate(z.read("project.qde").decode("utf-8"), schema)
    print(json.dumps({"valid": True}))


def code_paths(codes, prefix, out):
    for code in codes or []:
        path = prefix + [code.name]
        out[code.guid] = path
        code_paths(code.code, path, out)


def read_pyrefiqda(path):
    from pyrefiqda import RefiProject
    with tempfile.TemporaryDirectory() as tmp:
        project = RefiProject.load(path, extract_dir=tmp)
        codes = {}
        code_paths(project.code_book.codes.code, [], codes)
        segments = []
        sources = {}
        for source in project.sources.text_source:
            file = source.plain_text_path.replace("internal://", "")
            text = (Path(tmp) / "sources" / file).read_text(encoding="utf-8")
            sources[source.name] = text
            for sel in source.plain_text_selection:
                for coding in sel.coding:
                    segments.append({
                        "source": source.name,
                        "text": text[int(sel.start_position):int(sel.end_position)],
                        "code": codes[coding.code_ref.target_guid],
                    })
        notes = [n.plain_text_content for n in (project.notes.note if project.notes else [])]
        print(json.dumps({
            "codes": sorted(codes.values()),
            "segments": segments,
            "sources": sources,
            "notes": notes,
        }, ensure_ascii=False))


def read_qc(path, folder):
    # qualitative-coding 1.7.8 left a breakpoint() in its reader of sources: switch it off.
    env = dict(os.environ, PYTHONBREAKPOINT="0")
    qc = Path(sys.executable).parent / "qc"
    run = subprocess.run([str(qc), "init", "--import", str(path)], cwd=folder, env=env,
                         stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"qc failed: {run.stdout}\n{run.stderr}")
    import yaml
    codebook = yaml.safe_load((Path(folder) / "codebook.yaml").read_text(encoding="utf-8"))
    corpus = {p.name: p.read_text(encoding="utf-8")
              for p in (Path(folder) / "corpus").rglob("*") if p.is_file()}
    print(json.dumps({"codebook": codebook, "corpus": corpus}, ensure_ascii=False))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "validate":
        validate(sys.argv[2])
    elif mode == "pyrefiqda":
        read_pyrefiqda(sys.argv[2])
    elif mode == "qc":
        read_qc(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown mode {mode}")
