#!/usr/bin/env python3
"""Generates a benchmark corpus of N emergency plans varied from samples/ (Python 3 standard library only).

    scripts/make-corpus.py N DIR [--seed S] [--broken K] [--samples DIR]

Each plan starts from one sample, read into a small outline model (title, preamble, numbered sections of
paragraphs, list items and table rows), and is then varied: sections dropped or borrowed from another
sample, headings renumbered in another style, frequencies rephrased (每年至少一次 ↔ 定期 ↔ 每两年一次 …),
deadlines changed, warning colours swapped, a few paragraphs in traditional characters or full-width
digits. It is written as Markdown, plain text (sometimes hard-wrapped, sometimes CRLF) or plan XML, in
UTF-8, UTF-8 with BOM, GB18030 or UTF-16 (XML stays UTF-8). Sizes are drawn around 21 KB so that 10,000
plans come to about 210 MB. `--broken K` adds K unusable files (binary, truncated UTF-8, malformed XML,
empty). The output depends only on N, K and the seed; plan i is the same whatever N.
"""
import argparse
import os
import random
import re
import sys
import xml.etree.ElementTree as ET

PLAN_NS = "urn:plancheck:plan:1"
CN_DIGITS = "零一二三四五六七八九"
NUMBER_RE = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+(?:篇|章|节|部分)|[一二三四五六七八九十]+[、．.]"
                       r"|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[.．]\d+)*[.、．]?(?=\s|[\u4e00-\u9fff])|[①-⑳])\s*")
TEXT_HEADING_RE = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
FREQUENCIES = ["每年至少一次", "每年至少组织一次", "定期", "每两年一次", "每半年一次", "一年两次", "每季度一次", "不定期"]
FREQ_RE = re.compile("|".join(sorted(map(re.escape, FREQUENCIES), key=len, reverse=True)))
DURATION_RE = re.compile(r"(\d+|[一二三四五六七八九十两]+)(个工作日|小时|分钟|日内|天内|个月)")
COLOURS = ["红色", "橙色", "黄色", "蓝色"]
SYNONYMS = [("立即", "第一时间"), ("应急办公室", "应急办"), ("及时", "迅速"), ("组长", "负责人"), ("演练", "应急演练")]
TRADITIONAL = str.maketrans("网络应急预级报发门组织导响处置统监测时", "網絡應急預級報發門組織導響處置統監測時")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


class Section:
    def __init__(self, level, title, verbatim=False):
        self.level, self.title, self.verbatim, self.blocks = level, title, verbatim, []


class Plan:
    def __init__(self, title):
        self.title, self.preamble, self.sections = title, [], []


def cn_number(n):
    if n <= 10:
        return "十" if n == 10 else CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def split_heading(text):
    text = text.strip().strip("*").strip()
    if text.startswith(("附件", "附录")):
        return text, True
    m = NUMBER_RE.match(text)
    return (text[m.end():].strip() if m else text) or text, False


def read_markdown(text):
    plan, current = None, None
    for line in text.splitlines():
        s = line.strip()
        target = current.blocks if current else (plan.preamble if plan else [])
        if s.startswith("#"):
            level = len(s) - len(s.lstrip("#"))
            heading = s.lstrip("#").strip()
            if plan is None and level == 1:
                plan = Plan(heading)
                continue
            plan = plan or Plan("网络安全事件应急预案")
            title, verbatim = split_heading(heading)
            current = Section(max(1, level - 1), title, verbatim)
            plan.sections.append(current)
        elif s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                target.append(("row", cells))
        elif re.match(r"^([-*+]|\d+[.)])\s+", s):
            target.append(("item", re.sub(r"^([-*+]|\d+[.)])\s+", "", s)))
        elif s:
            target.append(("p", s.lstrip("> ").strip()))
    return plan


def read_plain_text(text):
    lines = [l.strip() for l in text.splitlines()]
    title = next((l for l in lines if "预案" in l and len(l) < 40), "网络安全事件应急预案")
    plan, current, para = Plan(title.replace(" ", "")), None, ""

    def flush():
        nonlocal para
        if para:
            (current.blocks if current else plan.preamble).append(("p", para))
        para = ""

    for line in lines:
        if TEXT_HEADING_RE.match(line) and len(line) < 30 and not line.endswith("。"):
            flush()
            level = 1 if "、" in line[:4] else 2
            current = Section(level, split_heading(line)[0])
            plan.sections.append(current)
        elif line:
            para += line
            if line.endswith(("。", "：", "；", ":")):
                flush()
        elif para.endswith(("。", "：", "；")) or not para:
            flush()
    flush()
    return plan


def read_xml(text):
    root = ET.fromstring(text.encode("utf-8"))
    q = lambda tag: "{%s}%s" % (PLAN_NS, tag)
    plan = Plan(root.find(q("meta")).findtext(q("title"), "网络安全事件应急预案"))

    def blocks(node, out):
        for child in node:
            if child.tag == q("p"):
                out.append(("p", "".join(child.itertext()).strip()))
            elif child.tag == q("list"):
                out.extend(("item", "".join(i.itertext()).strip()) for i in child.iter(q("item")))
            elif child.tag == q("table"):
                out.extend(("row", ["".join(c.itertext()).strip() for c in r.iter(q("cell"))])
                           for r in child if r.tag in (q("row"), q("header")))

    def walk(node, level):
        for child in node.findall(q("section")):
            title, verbatim = split_heading(child.get("title", ""))
            section = Section(level, title, verbatim)
            plan.sections.append(section)
            blocks(child, section.blocks)
            walk(child, level + 1)

    for part in ("front-matter", "preamble"):
        if root.find(q(part)) is not None:
            blocks(root.find(q(part)), plan.preamble)
    walk(root, 1)
    return plan


def load_samples(folder):
    plans = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or name.startswith("README"):
            continue
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        reader = read_xml if name.endswith(".xml") else read_markdown if name.endswith(".md") else read_plain_text
        plans.append(reader(text))
    if not plans:
        sys.exit("make-corpus: no samples in " + folder)
    return plans


def subtree(plan, start):
    end = start + 1
    while end < len(plan.sections) and plan.sections[end].level > plan.sections[start].level:
        end += 1
    return start, end


def copy_plan(plan):
    out = Plan(plan.title)
    out.preamble = list(plan.preamble)
    for s in plan.sections:
        c = Section(s.level, s.title, s.verbatim)
        c.blocks = list(s.blocks)
        out.sections.append(c)
    return out


def drop_section(plan, rng):
    if len(plan.sections) > 6:
        start, end = subtree(plan, rng.randrange(1, len(plan.sections)))
        del plan.sections[start:end]


def borrow_section(plan, donor, rng):
    tops = [i for i, s in enumerate(donor.sections) if s.level == 1] or [0]
    start, end = subtree(donor, rng.choice(tops))
    at = rng.randint(1, len(plan.sections)) if plan.sections else 0
    while at < len(plan.sections) and plan.sections[at].level > 1:
        at += 1
    plan.sections[at:at] = copy_plan(donor).sections[start:end]


def vary_text(text, rng, colour_map):
    text = FREQ_RE.sub(lambda m: rng.choice(FREQUENCIES) if rng.random() < 0.5 else m.group(0), text)
    text = DURATION_RE.sub(lambda m: (rng.choice(["1", "2", "4", "12", "24", "三十", "十五", "5", "10"])
                                      if rng.random() < 0.3 else m.group(1)) + m.group(2), text)
    if colour_map:
        text = re.sub("|".join(COLOURS), lambda m: colour_map[m.group(0)], text)
    for a, b in SYNONYMS:
        if a in text and rng.random() < 0.2:
            text = text.replace(a, b)
    if rng.random() < 0.04:
        text = text.translate(TRADITIONAL)
    if rng.random() < 0.08:
        text = text.translate(FULL_WIDTH)
    return text


def vary(plan, samples, rng, target_size):
    plan = copy_plan(plan)
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        drop_section(plan, rng)
    colour_map = None
    if rng.random() < 0.15:
        swapped = rng.sample(COLOURS, 4)
        colour_map = dict(zip(COLOURS, swapped))
    for s in plan.sections:
        s.title = vary_text(s.title, rng, None)
        s.blocks = [(k, [vary_text(c, rng, colour_map) for c in v] if k == "row" else vary_text(v, rng, colour_map))
                    for k, v in s.blocks]
    while size_of(plan) < target_size:
        borrow_section(plan, rng.choice(samples), rng)
    while size_of(plan) > target_size * 1.25 and len(plan.sections) > 6:
        drop_section(plan, rng)
    return plan


def size_of(plan):
    return sum(len(s.title) * 3 + sum(len(str(v)) * 3 for _, v in s.blocks) for s in plan.sections)


NUMBERING = {
    "chinese": [lambda n, p: cn_number(n) + "、", lambda n, p: "（%s）" % cn_number(n), lambda n, p: "%d." % n,
                lambda n, p: "（%d）" % n],
    "part": [lambda n, p: "第%s章 " % cn_number(n), lambda n, p: cn_number(n) + "、",
             lambda n, p: "（%s）" % cn_number(n), lambda n, p: "%d." % n],
    "dotted": [lambda n, p: ".".join(map(str, p)) + " "] * 4,
    "half-width": [lambda n, p: cn_number(n) + "、", lambda n, p: "(%s)" % cn_number(n), lambda n, p: "%d、" % n,
                   lambda n, p: "(%d)" % n],
}


def numbered_headings(plan, rng):
    """(level, number text, title) per section, numbered afresh in one style."""
    style = NUMBERING[rng.choice(sorted(NUMBERING))]
    counters, out = [0] * 6, []
    for s in plan.sections:
        level = min(s.level, 4)
        counters[level - 1] += 1
        counters[level:] = [0] * (6 - level)
        number = "" if s.verbatim else style[level - 1](counters[level - 1], counters[:level])
        out.append((level, number, s.title))
    return out


def render_markdown(plan, rng):
    out = ["# " + plan.title, ""] + render_blocks_md(plan.preamble)
    for (level, number, title), s in zip(numbered_headings(plan, rng), plan.sections):
        out += ["", "#" * (level + 1) + " " + number + title, ""] + render_blocks_md(s.blocks)
    return "\n".join(out) + "\n"


def render_blocks_md(blocks):
    """Paragraphs apart, list items and table rows grouped; a blank line wherever the kind changes."""
    out, previous = [], None
    for kind, value in blocks:
        if previous is not None and (kind != previous or kind == "p"):
            out.append("")
        if kind == "row":
            out.append("| " + " | ".join(value) + " |")
            if previous != "row":
                out.append("|" + "---|" * len(value))
        else:
            out.append(("- " + value) if kind == "item" else value)
        previous = kind
    return out


def render_plain_text(plan, rng):
    width = rng.choice([0, 0, 0, 34, 38])
    out = [plan.title, ""]
    for (level, number, title), s in [((0, "", ""), None)] + list(zip(numbered_headings(plan, rng), plan.sections)):
        if s is not None:
            out += ["", number.strip() + title, ""]
        for kind, value in (s.blocks if s is not None else plan.preamble):
            text = "  ".join(value) if kind == "row" else value
            out += [text[i:i + width] for i in range(0, len(text), width)] if width else [text]
            out.append("")
    return "\n".join(out) + "\n"


def render_xml(plan, rng):
    ET.register_namespace("", PLAN_NS)
    root = ET.Element("{%s}plan" % PLAN_NS)
    meta = ET.SubElement(root, "{%s}meta" % PLAN_NS)
    ET.SubElement(meta, "{%s}title" % PLAN_NS).text = plan.title
    if plan.preamble:
        xml_blocks(ET.SubElement(root, "{%s}preamble" % PLAN_NS), plan.preamble)
    stack = [root]
    for (level, number, title), s in zip(numbered_headings(plan, rng), plan.sections):
        del stack[min(level, len(stack)):]
        el = ET.SubElement(stack[-1], "{%s}section" % PLAN_NS, {"title": title or "章节"})
        if number.strip():
            el.set("number", number.strip())
        xml_blocks(el, s.blocks)
        stack.append(el)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def xml_blocks(parent, blocks):
    q = lambda tag: "{%s}%s" % (PLAN_NS, tag)
    for kind, value in blocks:
        if kind == "p":
            ET.SubElement(parent, q("p")).text = value
        elif kind == "item":
            lst = parent[-1] if len(parent) and parent[-1].tag == q("list") else ET.SubElement(parent, q("list"))
            ET.SubElement(lst, q("item")).text = value
        else:
            table = parent[-1] if len(parent) and parent[-1].tag == q("table") else ET.SubElement(parent, q("table"))
            row = ET.SubElement(table, q("row"))
            for cell in value or [""]:
                ET.SubElement(row, q("cell")).text = cell


def encode(text, fmt, rng):
    if rng.random() < 0.15 and fmt != "xml":
        text = text.replace("\n", "\r\n")
    choice = rng.choices(["utf-8", "utf-8-bom", "gb18030", "utf-16"], [6, 1, 2, 1])[0]
    if fmt == "xml" and choice in ("gb18030", "utf-16"):
        choice = "utf-8"
    if choice == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if choice == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(choice)


def make_plan(i, samples, seed, docx=False):
    rng = random.Random("%s:plan:%d" % (seed, i))
    plan = vary(rng.choice(samples), samples, rng, rng.randint(11000, 28000))
    if docx:  # Word files: heading numbers from Word numbering, a tracked change and a comment in every other one
        return "docx", load_docx_writer().build_docx(render_markdown(plan, rng), "md", revisions=i % 2 == 0)
    fmt = rng.choices(["md", "txt", "xml"], [4, 4, 2])[0]
    text = {"md": render_markdown, "txt": render_plain_text, "xml": render_xml}[fmt](plan, rng)
    return fmt, encode(text, fmt, rng)


_docx_writer = []


def load_docx_writer():
    if _docx_writer:
        return _docx_writer[0]
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-docx.py")
    spec = importlib.util.spec_from_file_location("make_docx", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _docx_writer.append(module)
    return module


def make_broken(i, seed):
    rng = random.Random("%s:broken:%d" % (seed, i))
    kind = ["bin", "truncated", "badxml", "empty"][i % 4]
    if kind == "bin":  # binary content under a plan's name, as when a .doc is renamed
        return "md", bytes(rng.randrange(256) for _ in range(rng.randint(200, 4000))) + b"\x00\x00"
    if kind == "truncated":
        body = "网络安全事件应急预案\n\n一、总则\n\n本预案适用于网络安全事件的应对工作。\n".encode("utf-8") * 20
        return "txt", body[:len(body) - 1] + b"\xe7\xbd"
    if kind == "badxml":
        return "xml", '<?xml version="1.0"?>\n<plan xmlns="%s"><meta><title>预案</title></meta><section title="总则"><p>未闭合\n' % PLAN_NS
    return "txt", b""


def write(path, data):
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return os.path.getsize(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("dir")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--broken", type=int, default=0)
    ap.add_argument("--docx", action="store_true", help="write every plan as a Word .docx")
    ap.add_argument("--samples", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples"))
    args = ap.parse_args()
    samples = load_samples(args.samples)
    total = 0
    for i in range(args.n):
        folder = os.path.join(args.dir, "d%03d" % (i // 1000))
        os.makedirs(folder, exist_ok=True)
        fmt, data = make_plan(i, samples, args.seed, args.docx)
        total += write(os.path.join(folder, "plan-%06d.%s" % (i, fmt)), data)
    for i in range(args.broken):
        folder = os.path.join(args.dir, "d%03d" % (i * max(args.n, 1) // max(args.broken, 1) // 1000))
        os.makedirs(folder, exist_ok=True)
        ext, data = make_broken(i, args.seed)
        total += write(os.path.join(folder, "broken-%05d.%s" % (i, ext)), data)
    print("make-corpus: %d plans + %d broken files, %.1f MB (%.1f KB per plan) in %s"
          % (args.n, args.broken, total / 1e6, total / 1e3 / max(args.n, 1), args.dir))


if __name__ == "__main__":
    main()
