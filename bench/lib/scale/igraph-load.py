"""The anchor of issue 10 rows 3-4: igraph building the same directed edge list Corridor loads.

Usage: /usr/bin/python3 igraph-load.py <data dir>
Reads every relations/*.json file, keeps each relation's from/to (entity ids numbered as first
seen), builds igraph.Graph(edges=..., directed=True), and prints one JSON line:
{"readSeconds": ..., "buildSeconds": ..., "totalSeconds": ..., "vertices": ..., "edges": ...}
"""
import glob
import json
import os
import sys
import time

import igraph

data_dir = sys.argv[1]
t0 = time.perf_counter()
number = {}
edges = []
for path in sorted(glob.glob(os.path.join(data_dir, "relations", "*.json"))):
    with open(path, encoding="utf-8") as f:
        relations = json.load(f)["relations"]
    for r in relations:
        a = number.setdefault(r["from"], len(number))
        b = number.setdefault(r["to"], len(number))
        edges.append((a, b))
    del relations
t1 = time.perf_counter()
g = igraph.Graph(n=len(number), edges=edges, directed=True)
t2 = time.perf_counter()
print(json.dumps({"readSeconds": t1 - t0, "buildSeconds": t2 - t1, "totalSeconds": t2 - t0, "vertices": g.vcount(), "edges": g.ecount()}))
