"""Search latency, p50 and p95 over 20 typical queries, on a generated repository of
2,000 reports of 40 pages each (synthetic normalised text inserted directly).

    .venv/bin/python benchmarks/repository/bench_search.py [--text zipf|dense] [--reviews 2000] [--pages 40] [--db FILE]

Two kinds of synthetic text (see README.md):
- ``zipf`` (default): about 6,000 made-up words with Zipf-distributed frequencies, like
  the words of real prose, with function words at the top, plus 147 safeguarding
  terms and phrases; each review has a few themes that it mentions more often.
- ``dense``: the original generator: 30% of the words from a list of 59 domain words,
  the rest from 19 function words, so nearly every query word is on nearly every page.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from caselearn.auth.principal import SYSTEM  # noqa: E402
from caselearn.store import search  # noqa: E402
from caselearn.store.db import Database  # noqa: E402
from caselearn.store.models import Document, Partnership, Review  # noqa: E402
from caselearn.store.reviews import search_reviews  # noqa: E402

VOCAB = (
    "mother father baby child health visitor social worker school nurse police midwife hospital referral "
    "assessment neglect domestic abuse violence alcohol drugs mental health housing safe sleep co-sleeping "
    "bruising injury fracture strategy meeting child protection plan professional curiosity information sharing "
    "escalation supervision voice of the child disguised compliance missed appointments cannabis methadone "
    "exploitation county lines self-harm suicide bedroom sofa overcrowding poverty interpreter language"
).split()
FILLER = "the a and of to in was were had with that for on at by as this from which".split()
# the zipf text's domain terms: a broad list of what reviews talk about, written before and
# independently of the queries (which only need to be typical searches)
DOMAIN = [
    t.strip()
    for t in """
    mother, father, stepfather, grandmother, partner, sibling, baby, infant, toddler, teenager, young person,
    child, children, family, household, health visitor, social worker, team manager, school nurse, teacher,
    designated safeguarding lead, GP, police, midwife, paediatrician, hospital, emergency department,
    ambulance, probation, youth offending service, early help, children's social care, adult social care,
    referral, assessment, single assessment, strategy meeting, strategy discussion, section 47 enquiry,
    child protection conference, child protection plan, child in need plan, core group, looked after,
    foster carer, kinship care, special guardianship, neglect, emotional abuse, physical abuse,
    sexual abuse, domestic abuse, domestic violence, coercive control, alcohol misuse, substance misuse,
    drugs, cannabis, cocaine, heroin, methadone, mental health, depression, anxiety, postnatal depression,
    learning disability, autism, housing, homelessness, temporary accommodation, overcrowding, poverty,
    debt, unemployment, safe sleep, co-sleeping, sudden unexpected death in infancy, bruising, bruise,
    fracture, head injury, non-accidental injury, burns, injury, weight loss, faltering growth, dental decay,
    missed appointments, was not brought, school attendance, exclusion, elective home education,
    professional curiosity, information sharing, escalation, supervision, management oversight,
    voice of the child, lived experience, disguised compliance, start again syndrome, think family,
    multi-agency, threshold, consent, interpreter, language, culture, faith, racism, county lines,
    criminal exploitation, sexual exploitation, exploitation, missing from home, knife crime, gang,
    self-harm, suicide, overdose, online harm, social media, bedroom, sofa, cot, car seat, pram,
    chronology, rapid review, terms of reference, key practice episode, recommendation, learning,
    good practice, partnership, practitioner event, family involvement, pandemic, lockdown, video call,
    home visit, unannounced visit, case closure, transfer, escalation policy, records, electronic record
    """.split(",")
]


def pseudo_words(rng: random.Random, n: int) -> list[str]:
    """n distinct made-up words (syllables), standing in for the general vocabulary of prose."""
    onsets = "b c d f g h j k l m n p r s t v w y br cl dr fl gr pl pr sh st str th tr".split()
    vowels = "a e i o u ai ea ee oa ou".split()
    codas = ["", "", "", "n", "r", "s", "t", "l", "nd", "st", "ng", "ck"]
    taken = {w for term in DOMAIN for w in term.lower().split()}
    words: set[str] = set()
    while len(words) < n:
        word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(rng.randint(1, 3)))
        if word not in taken:
            words.add(word)
    ordered = sorted(words)
    rng.shuffle(ordered)  # a random frequency rank for each word
    return ordered


def zipf_pages(rng: random.Random, reviews: int, pages: int, words: int = 450):
    """Per review, its page texts: Zipf-distributed general words (function words first),
    and about 5% domain terms, half of them from the review's own 6 themes."""
    general = FILLER + [w for w in pseudo_words(rng, 6000) if w not in FILLER]
    cum, total = [], 0.0
    for rank in range(1, len(general) + 1):
        total += 1 / rank**1.05
        cum.append(total)
    domain = DOMAIN[:]
    rng.shuffle(domain)  # a random frequency order, not chosen for the queries
    dom_cum, dtotal = [], 0.0
    for rank in range(1, len(domain) + 1):
        dtotal += 1 / rank**0.8
        dom_cum.append(dtotal)
    pool = [rng.choices(general, cum_weights=cum, k=words) for _ in range(4000)]
    for _ in range(reviews):
        themes = rng.sample(domain, 6)
        texts = []
        for _ in range(pages):
            tokens = list(rng.choice(pool))
            for i in rng.sample(range(words), rng.randint(10, 35)):
                tokens[i] = rng.choice(themes) if rng.random() < 0.5 else rng.choices(domain, cum_weights=dom_cum)[0]
            texts.append(" ".join(tokens))
        yield texts


def dense_pages(rng: random.Random, reviews: int, pages: int):
    # a pool of random pages, combined differently for each review, keeps generation fast
    pool = [
        " ".join(rng.choice(VOCAB) if rng.random() < 0.3 else rng.choice(FILLER) for _ in range(450))
        for _ in range(500)
    ]
    for _ in range(reviews):
        yield [rng.choice(pool) for _ in range(pages)]


QUERIES = [
    "neglect", '"safe sleep"', "co-sleeping", "domestic abuse", "professional curiosity", '"voice of the child"',
    "methadone OR cannabis", "bruising AND fracture", "exploitation NOT suicide", "escal*", "interpreter",
    '"information sharing"', "disguised compliance", "health visitor", "self-harm", "overcrowding housing",
    "supervision", '"missed appointments"', "county lines", "father",
]  # fmt: skip


def generate(db: Database, reviews: int, pages: int, kind: str = "zipf") -> None:
    rng = random.Random(7)
    types = ["scr", "lcspr", "rapid_review", "thematic_review"]
    texts = (zipf_pages if kind == "zipf" else dense_pages)(rng, reviews, pages)
    with db.transaction() as s:
        parts = [Partnership(name=f"Place{i} Safeguarding Children Partnership") for i in range(40)]
        s.add_all(parts)
        s.flush()
        for r in range(reviews):
            page_texts = [f"{r} {p} " + t for p, t in enumerate(next(texts))]
            page_map, offset = [], 0
            for t in page_texts:
                page_map.append(offset)
                offset += len(t) + 2
            body = "\n\n".join(page_texts)
            review = Review(
                title=f"Review {r}",
                review_type=types[r % 4],
                partnership_id=parts[r % 40].id,
                confidential=False,
            )
            s.add(review)
            s.flush()
            s.add(
                Document(
                    review_id=review.id, filename=f"{r}.txt", media_type="text/plain", original=b"",
                    content_hash=f"{r:064d}", text=body, page_map=page_map, sections=[], ocr=False,
                )
            )  # fmt: skip
            search.index_review(s, review.id, review.title, body, page_map)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--text", choices=("zipf", "dense"), default="zipf", help="kind of synthetic text")
    parser.add_argument("--db", help="keep the generated database in this file and reuse it when it exists")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        fresh = not path.exists()
        db = Database(f"sqlite:///{path}")
        if fresh:
            start = time.perf_counter()
            generate(db, args.reviews, args.pages, args.text)
            print(
                f"generated {args.reviews} reviews x {args.pages} pages of {args.text} text"
                f" in {time.perf_counter() - start:.0f} s"
            )
        else:
            print(f"reusing {path} (generated earlier)")
        times = []
        with db.session() as s:
            for q in QUERIES:  # warm the page cache once
                search_reviews(s, SYSTEM, q, limit=10)
            for _ in range(args.rounds):
                for q in QUERIES:
                    t = time.perf_counter()
                    found = search_reviews(s, SYSTEM, q, limit=10)
                    times.append((time.perf_counter() - t) * 1000)
                    assert found.total >= 0
        times.sort()
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{len(times)} searches (20 queries x {args.rounds}), top 10 with snippets and facets")
        print(f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms  (goal p95 < 50 ms)")


if __name__ == "__main__":
    main()
