"""Generates N saved news pages of 50-200 kB for Scripts/bench-pages.sh, deterministic (seeded).

Four shapes of CMS output (WordPress, Drupal, Joomla, a generic news site without a preferred container),
each with a menu, a sidebar, "Lire aussi" / "Related" links naming other places, comments, a cookie
banner and inline scripts and styles, filled up to a size drawn between 50 and 200 kB. The article text is
made of the team's sentence patterns with Sahel places; the known paragraphs of the first `sample` pages go
to known.jsonl so both tools can be scored against them.

    python3 bench_pages_generate.py N DIR [sample]
"""
import html, json, os, random, sys

N, OUT = int(sys.argv[1]), sys.argv[2]
SAMPLE = int(sys.argv[3]) if len(sys.argv) > 3 else 300
rng = random.Random(15)
os.makedirs(OUT, exist_ok=True)

PLACES = ["Boni", "Djibo", "Ménaka", "Gao", "Kidal", "Tombouctou", "Mopti", "Sévaré", "Douentza", "Niono",
          "Ségou", "Diafarabé", "Ténenkou", "Ansongo", "Bourem", "Tessit", "Gossi", "Hombori", "Ayorou",
          "Tillabéri", "Dori", "Seytenga", "Arbinda", "Sebba", "Ouahigouya", "Kaya", "Fada N'Gourma"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
SENTENCES = [
    "Des hommes armés ont attaqué {day} un poste de l'armée à {a}, dans le cercle de {b}, tuant {n} soldats, selon une source sécuritaire.",
    "Les assaillants, arrivés à moto en fin d'après-midi, ont incendié {n} véhicules avant de se replier vers {a}.",
    "Selon un élu local, {n} civils ont été blessés et évacués vers l'hôpital de {a}, à une quarantaine de kilomètres.",
    "Le gouverneur de la région de {a} a dénoncé une attaque « lâche » et annoncé des renforts sur l'axe qui relie {b} à {c}.",
    "Cette attaque intervient une semaine après une embuscade contre un convoi civil entre {a} et {b}, que l'armée n'avait pas commentée.",
    "Des centaines d'habitants ont pris la route de {a}, où les autorités disent préparer un site d'accueil provisoire.",
    "Un engin explosif improvisé a touché {day} un camion de commerçants sur la route de {a}, faisant {n} morts.",
    "Le marché hebdomadaire de {a} est resté fermé, et les écoles du cercle de {b} n'ont pas rouvert depuis le mois de {month}.",
    "La mission de l'ONU a indiqué avoir dépêché une patrouille à {a} pour évaluer la situation humanitaire.",
    "Les transporteurs circulent désormais en convoi entre {a} et {b}, escortés par l'armée deux fois par semaine.",
]
WORDS = "le la les un une des de du et à au pour par sur dans avec sans selon après avant contre entre".split()


def sentence():
    a, b, c = rng.sample(PLACES, 3)
    return rng.choice(SENTENCES).format(a=a, b=b, c=c, day=rng.choice(DAYS), n=rng.randint(2, 15),
                                        month=rng.choice(MONTHS))


def paragraph():
    return " ".join(sentence() for _ in range(rng.randint(1, 4)))


def links(n, prefix):
    return "".join(f'<li><a href="/{prefix}/{i}">{html.escape(rng.choice(PLACES))} : {html.escape(" ".join(rng.choices(WORDS, k=4)))}</a></li>' for i in range(n))


def script(kb):
    data = {"items": [{"id": i, "title": sentence(), "tags": rng.sample(PLACES, 3)} for i in range(kb * 4)]}
    return "<script>window.__DATA__=" + json.dumps(data, ensure_ascii=False) + ";</script>\n"


def comments(n):
    return "".join(f'<li class="comment"><div class="comment-author">Lecteur {i}</div><div class="comment-content"><p>{html.escape(sentence())}</p></div></li>' for i in range(n))


def page(i):
    title = f"{rng.choice(PLACES)} : {rng.choice(['attaque meurtrière', 'embuscade', 'civils tués', 'engin explosif', 'déplacés'])} dans le cercle de {rng.choice(PLACES)}"
    paras = [paragraph() for _ in range(rng.randint(4, 14))]
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date = f"{y}-{m:02d}-{d:02d}"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[:2])
    body += f'\n<p><strong>Lire aussi :</strong> <a href="/x">{html.escape(rng.choice(PLACES))} : le bilan s\'alourdit</a></p>\n'
    body += "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[2:])
    shape = i % 4
    head = (f'<meta charset="utf-8"><title>{html.escape(title)} | Le Journal du Sahel</title>'
            f'<meta property="og:site_name" content="Le Journal du Sahel"><style>{"body{margin:0}" * rng.randint(50, 400)}</style>')
    nav = f'<header class="site-header"><nav class="main-navigation"><ul class="menu">{links(rng.randint(30, 200), "rubrique")}</ul></nav></header>'
    aside = f'<aside class="widget-area"><section class="widget"><h2>Les plus lus</h2><ul>{links(rng.randint(10, 60), "lus")}</ul></section></aside>'
    related = f'<div class="related-posts"><h3>À lire aussi</h3><ul>{links(rng.randint(3, 12), "lire")}</ul></div>'
    cookie = '<div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <a href="#">Accepter</a></div>'
    if shape == 0:
        head += f'<meta property="og:title" content="{html.escape(title)}"><meta property="article:published_time" content="{date}T08:00:00+00:00">'
        main = f'<article class="post"><header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1></header><div class="entry-content">{body}<div class="sharedaddy"><a>Facebook</a><a>Twitter</a></div></div></article>{related}<div id="comments" class="comments-area"><h2>Commentaires</h2><ol class="comment-list">{{comments}}</ol></div>'
    elif shape == 1:
        head += f'<meta name="dcterms.date" content="{date}T10:00:00+01:00">'
        main = f'<h1 class="page-title">{html.escape(title)}</h1><article role="article" class="node"><div class="field field--name-body">{body}</div><section class="comments"><h2>Commentaires</h2><ol>{{comments}}</ol></section></article>{related}'
    elif shape == 2:
        main = f'<div class="item-page"><h2 itemprop="headline">{html.escape(title)}</h2><dl class="article-info"><dd class="published"><time datetime="{date}T08:00:00+00:00" itemprop="datePublished">Publication : {d} {MONTHS[m - 1]} {y}</time></dd></dl><div itemprop="articleBody">{body}</div><div class="jcomments"><h4>Commentaires</h4><ol>{{comments}}</ol></div></div><div class="moduletable">{related}</div>'
    else:
        head += f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": date + "T14:02:00Z"}, ensure_ascii=False)}</script>'
        main = f'<h1>{html.escape(title)}</h1><div class="story-wrapper">{body}</div>{related}<div class="comments-section"><h2>Comments</h2><ol>{{comments}}</ol></div>'
    target = rng.randint(50_000, 200_000)
    page_html = lambda c, s: f'<!DOCTYPE html><html lang="fr"><head>{head}</head><body>{nav}<div id="content" class="site-content"><main id="main">{main.replace("{comments}", c)}</main>{aside}</div><footer class="site-footer">© Le Journal du Sahel. Tous droits réservés.</footer>{cookie}{s}</body></html>\n'
    count, scripts = rng.randint(3, 30), ""
    text = page_html(comments(count), scripts)
    while len(text.encode()) < target:
        scripts += script(rng.randint(4, 20))
        text = page_html(comments(count), scripts)
    return text, title, paras, date


with open(os.path.join(os.path.dirname(OUT.rstrip("/")) or ".", "known.jsonl"), "w") as known:
    for i in range(N):
        text, title, paras, date = page(i)
        name = f"page-{i:05d}.html"
        with open(os.path.join(OUT, name), "w") as f:
            f.write(text)
        if i < SAMPLE:
            known.write(json.dumps({"file": name, "title": title, "paragraphs": paras, "published": date}, ensure_ascii=False) + "\n")
