#!/usr/bin/env python3
"""Figures of who said what on a large corpus, for the README: how many items, how many have no
speaker, how many are credited by name to a bare generic noun (a body or office the article named
more fully, or nobody in particular), how many are marked as unnamed sources, and how many
distinct speakers the list shows.

Usage: quote-stats.py ISNAD_BINARY CORPUS.jsonl
"""
import json
import subprocess
import sys

# Bare nouns that name no one by themselves: a speaker shown as one of these is a body, an office
# or a document the article names in full elsewhere, or a source left unresolved.
GENERIC = {
    "الشرطة", "الشركة", "التقرير", "المتحدث", "الوزارة", "الهيئة", "الصحيفة", "البيان",
    "المصدر", "المصادر", "الجهة", "الإدارة", "الأمانة", "الجمعية", "اللجنة", "المجلس",
    "الحكومة", "الوكالة", "المديرية", "الرئاسة", "النادي", "الاتحاد", "البلدية", "الجامعة",
    "المركز", "الموقع", "القناة", "المؤسسة", "البنك", "الجيش", "الدراسة", "المسؤول", "الناطق",
}


def main():
    isnad, corpus = sys.argv[1], sys.argv[2]
    out = subprocess.run([isnad, "--no-cache", "quotes", "--json", corpus],
                         check=True, capture_output=True, text=True).stdout
    items = [json.loads(l) for l in out.splitlines() if l.strip()]
    speech = [i for i in items if i.get("kind") in ("direct", "partial", "reported")]
    n = len(speech)
    none = sum(1 for i in speech if not i.get("speaker"))
    generic = sum(1 for i in speech if i.get("speaker") in GENERIC and i.get("attribution") != "unnamed")
    unnamed = sum(1 for i in speech if i.get("attribution") == "unnamed")
    speakers = {i["speaker"] for i in speech if i.get("speaker")}
    print(f"{n} speech items; no speaker {100 * none / n:.2f} %; "
          f"generic ({len(GENERIC)} nouns) {100 * generic / n:.2f} %; "
          f"unnamed {100 * unnamed / n:.2f} %; {len(speakers)} distinct speakers")


if __name__ == "__main__":
    main()
