#!/usr/bin/env python3
"""Renders the bundled articles in headless Chromium and records how it breaks each paragraph
into lines, at several widths, with the reader's fonts. The test `tests/layout_vs_chromium.rs`
lays out the same paragraphs with Isnad's text module and compares line for line.

Usage: tests/chromium/reference.py [ISNAD_BINARY]   (writes tests/chromium/lines.json and,
       for the side-by-side picture, tests/chromium/000.html)
Needs Debian's `chromium`.
"""
import html, json, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "chromium"
BIN = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "debug" / "isnad")
WIDTHS = [280, 460, 720]
SIZE = 20  # px, the reader's default size (egui points at 1 pixel per point)

FONTS = f"""
@font-face {{ font-family: Reader; src: url('file://{ROOT}/fonts/NotoNaskhArabic-Regular.ttf'); }}
@font-face {{ font-family: ReaderLatin; src: url('file://{ROOT}/fonts/NotoSerif-Regular.ttf'); }}
@font-face {{ font-family: Reader; font-weight: bold; src: url('file://{ROOT}/fonts/NotoNaskhArabic-Bold.ttf'); }}
@font-face {{ font-family: ReaderLatin; font-weight: bold; src: url('file://{ROOT}/fonts/NotoSerif-Bold.ttf'); }}
body {{ margin: 0; font-family: Reader, ReaderLatin; font-size: {SIZE}px; }}
p {{ margin: 0 0 12px 0; white-space: normal; }}
"""

SCRIPT = """
function lines(p) {
  const t = p.firstChild, text = t.textContent, out = [];
  let cur = '', top = null;
  for (let i = 0; i < text.length; i++) {
    const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 1);
    const rects = r.getClientRects();
    if (rects.length && text[i].trim() !== '') {
      const y = Math.round(rects[0].top);
      if (top === null) top = y;
      if (Math.abs(y - top) > 3) { out.push(cur); cur = ''; top = y; }
    }
    cur += text[i];
  }
  out.push(cur);
  return out.map(s => s.trim());
}
document.fonts.ready.then(() => {
  const res = [];
  for (const p of document.querySelectorAll('p')) {
    res.push({article: p.dataset.article, block: +p.dataset.block, width: +p.dataset.width, lines: lines(p)});
  }
  const pre = document.createElement('pre'); pre.id = 'out';
  pre.textContent = 'JSON:' + JSON.stringify(res) + ':END';
  document.body.appendChild(pre);
});
"""


def articles():
    out = subprocess.run([BIN, "articles"], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        aid = json.loads(line)["id"]
        shown = subprocess.run([BIN, "show", aid], capture_output=True, text=True, check=True).stdout
        yield aid, [l.lstrip("# ") if l.startswith("#") else l for l in shown.splitlines()], shown.splitlines()


def chromium(page: pathlib.Path, extra):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--allow-file-access-from-files", *extra, f"file://{page}"],
            capture_output=True, text=True, timeout=120).stdout


def main():
    paras = []
    side = None
    for aid, blocks, raw in articles():
        for i, (text, line) in enumerate(zip(blocks, raw)):
            if line.startswith("#"):
                continue  # headlines and headings use the bold face; paragraphs are compared
            for w in WIDTHS:
                paras.append(f'<p dir="rtl" style="width:{w}px" data-article="{aid}" data-block="{i}" data-width="{w}">{html.escape(text)}</p>')
        if aid.startswith("000"):
            side = [(line, text) for line, text in zip(raw, blocks)]
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, dir="/tmp") as f:
        f.write(f"<!doctype html><html dir='rtl'><head><meta charset='utf-8'><style>{FONTS}</style></head>"
                f"<body>{''.join(paras)}<script>{SCRIPT}</script></body></html>")
        page = pathlib.Path(f.name)
    dom = chromium(page, ["--virtual-time-budget=20000", "--dump-dom"])
    start = dom.index('<pre id="out">JSON:') + len('<pre id="out">JSON:')
    end = dom.index(':END', start)
    data = json.loads(html.unescape(dom[start:end]))
    (HERE / "lines.json").write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(data)} paragraph layouts written to {HERE / 'lines.json'}")
    # A page of article 000 at the reader's width, for the side-by-side screenshot.
    body = []
    for line, text in side or []:
        tag, style = ("h1", "font-size:29px;font-weight:bold") if line.startswith("# ") else \
            ("h2", "font-size:22.4px;font-weight:bold") if line.startswith("## ") else ("p", "")
        body.append(f"<{tag} style='{style};margin:0 0 12px 0'>{html.escape(text)}</{tag}>")
    (HERE / "000.html").write_text(  # the reader's widest column, dark theme
        f"<!doctype html><html dir='rtl'><head><meta charset='utf-8'><style>{FONTS}"
        f"body{{width:980px;padding:12px 24px;line-height:1.7;background:#1b1b1b;color:#e6e6e6}}"
        f"h1,h2{{color:#9ccff2}}</style></head><body>{''.join(body)}</body></html>",
        encoding="utf-8")


if __name__ == "__main__":
    main()
