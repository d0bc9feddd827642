"""The peer and the scoring of Scripts/bench-pages.sh.

    python bench_pages_peer.py extract DIR OUT.jsonl      trafilatura.extract on every .html file of DIR
    python bench_pages_peer.py score KNOWN SAHEL PEER      token-level F1 of both against the known text

extract writes {"id": file name, "text": ...} per page, one process, trafilatura's defaults (no comments,
no tables kept out: its documented defaults), as a user would call it. score reads the known article text
(pages.json of the fixtures, or known.jsonl of the generator: title and paragraphs), sahel's
`pages text` output and the peer's, compares the article body (sahel's first paragraph, the title, left out,
as trafilatura does not write it) as bags of lowercased word tokens, and prints one JSON line per set.
"""
import collections, json, os, re, sys

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return collections.Counter(t.lower() for t in TOKEN.findall(text or ""))


def f1(found, known):
    if not found and not known:
        return 1.0, 1.0, 1.0
    overlap = sum((found & known).values())
    precision = overlap / max(1, sum(found.values()))
    recall = overlap / max(1, sum(known.values()))
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def extract(directory, out):
    import trafilatura
    names = sorted(n for n in os.listdir(directory) if n.endswith((".html", ".htm")))
    with open(out, "w") as f:
        for name in names:
            with open(os.path.join(directory, name), "rb") as page:
                text = trafilatura.extract(page.read())
            f.write(json.dumps({"id": name, "text": text or ""}, ensure_ascii=False) + "\n")


def load_known(path):
    if path.endswith(".json"):
        items = json.load(open(path))
    else:
        items = [json.loads(line) for line in open(path)]
    return {item["file"]: item for item in items if item["file"].endswith((".html", ".htm"))}


def load_lines(path):
    return {d["id"]: d for d in (json.loads(line) for line in open(path) if line.strip())}


def score(known_path, sahel_path, peer_path, label):
    known = load_known(known_path)
    sahel, peer = load_lines(sahel_path), load_lines(peer_path)
    rows = {"sahel": [], "trafilatura": []}
    for name, item in known.items():
        truth = tokens("\n\n".join(item["paragraphs"]))
        ours = sahel.get(name, {}).get("text", "")
        title = item.get("title")
        parts = ours.split("\n\n")
        if parts and title and parts[0] == title:
            ours = "\n\n".join(parts[1:])
        rows["sahel"].append(f1(tokens(ours), truth))
        rows["trafilatura"].append(f1(tokens(peer.get(name, {}).get("text", "")), truth))
    for tool, values in rows.items():
        n = max(1, len(values))
        print(json.dumps({"set": label, "tool": tool, "pages": len(values),
                          "precision": round(sum(v[0] for v in values) / n, 4),
                          "recall": round(sum(v[1] for v in values) / n, 4),
                          "f1": round(sum(v[2] for v in values) / n, 4)}))


if __name__ == "__main__":
    if sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    else:
        score(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else "pages")
