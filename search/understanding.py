"""Query understanding grounded in the catalogue.

`CatalogKnowledge` learns, from titles and category paths only:
- product types: the head noun of each title (the last content word before the first separator
  or post-modifier preposition: "Slim Fit Dress Shirt - White" -> shirt) and of each category
  leaf ("Laptops" -> laptop); a category's types are the heads of its titles;
- which types mention which others ("laptop sleeve" titles say "laptop", laptop titles do not
  say "sleeve": a sleeve is an accessory of a laptop);
- attribute values (colour, size, material, ... from item attributes) and brands.

`understand()` reads a query with that knowledge: typo corrections, price intent and limits,
attributes, the head (the wanted type) and its modifiers. Where the head of a title or a query
is, both read alike, is `search.heads`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from search.accessories import FALLBACK, Markers, home_categories, learn_markers, sold_apart
from search.audience import departments_of
from search.category_names import leaf_type
from search.category_questions import CategoryQuestions
from search.keyword_lists import GroupHomes, keyword_weight
from search.heads import (content_at, head_word, hyphened_pairs, is_content, keyword_candidates, name_pairs, named_head, recurring_pairs,
                          strongest_head, written_apart)
from search.prices import CHEAP_WORDS, read_prices
from search.text import (Words, category_path, head_type, is_japanese, is_letter, joined_compounds, normalize, stem,
                         type_word, words)
from search.understood import Understood
from search.word_classes import EN_TRAILING, JA_COLORS, PREPOSITIONS, STOPWORDS
from store.columns import ATTRIBUTE_KEY_ALIASES

ACCESSORY_MENTIONS = 0.3  # the share of a type's titles naming another that makes it made for that one


@dataclass
class CatalogKnowledge(CategoryQuestions):
    type_counts: Counter = field(default_factory=Counter)           # type -> titles/leaves with it as head
    category_types: dict = field(default_factory=dict)              # category path -> {type: count}
    mentions: dict = field(default_factory=dict)                    # type -> {other type: titles of type naming it}
    attributes: dict = field(default_factory=dict)                  # phrase -> [key, value]
    min_type_count: int = 1
    markers: Markers = FALLBACK                                     # accessory markers (search.accessories)
    keywords: dict = field(default_factory=dict)                    # Japanese keyword-list groups: word -> [alone, first]
    names: frozenset = frozenset()                                  # word pairs titles say again and again (search.heads)
    joined: frozenset = frozenset()                                 # Japanese pairs written as one word and apart
    _departments: list | None = field(default=None, init=False, repr=False, compare=False)
    _named: tuple = field(default=(0, frozenset()), init=False, repr=False, compare=False)  # (categories, words)

    # -- learning -------------------------------------------------------------------------
    def learn_attributes(self, attributes: list[dict], brands, attribute_keys) -> None:
        keys = {k.lower() for k in attribute_keys}
        for attrs in attributes:
            for key, value in (attrs or {}).items():
                k = key.lower()
                if k in keys or ATTRIBUTE_KEY_ALIASES.get(k) in keys:
                    self._add_attribute(ATTRIBUTE_KEY_ALIASES.get(k, k), value)
        for brand in brands:
            self._add_attribute("brand", brand)

    def _add_attribute(self, key: str, value) -> None:
        if isinstance(value, (list, tuple)):  # a multi-valued attribute: each value (sizes S, M, L)
            for v in value:
                self._add_attribute(key, v)
            return
        if value is None or not isinstance(value, (str, int, float)):
            return
        phrase = " ".join(w for w in words(str(value)) if w != "|")
        if phrase and len(phrase.split()) <= 3 and phrase not in STOPWORDS:
            self.attributes.setdefault(phrase, [key, normalize(str(value)).strip()])

    def attribute_words(self) -> set[str]:
        return {p for p in self.attributes if " " not in p} | set(JA_COLORS)

    def title_head(self, title: str | list[str], attribute_words: set[str], category: str | None = None,
                   homes: GroupHomes | None = None, counted: bool = False) -> str:
        """The type a title (text, or its `words`) of an item in `category` names, read as this
        catalogue taught; `homes`: where keyword groups are sold (default: where types are,
        `sold_in`); `counted`: the title's first reading is among `type_counts` (learning reads it again)."""
        tokens = words(title) if isinstance(title, str) else title
        skip = {i for i, w in enumerate(tokens) if w in attribute_words}
        keywords = None
        if self.keywords:
            if category and homes is None:
                homes = GroupHomes(self.sold_in)
            keywords = lambda t: keyword_weight(self.keywords, t, category, homes)  # noqa: E731
        i = head_word(tokens, skip, markers=self.markers, keywords=keywords, joined=self.joined)
        if i is not None and self.names:
            own = type_word(tokens[i]) if counted else None
            named = named_head(tokens, skip, i, self.names, lambda w: self._one_off(w, own), self.markers)
            if named == i or homes is None or homes.named_here(f"{type_word(tokens[named - 1])} "
                                                               f"{type_word(tokens[named])}", category):
                i = named
        return head_type(tokens, i) if i is not None else ""

    def _one_off(self, word: str, own: str | None) -> bool:
        """A colour or a size, or no title but this one (whose head was read as `own`) reads
        `word` as its head, nor names a category for it."""
        t = type_word(word)
        return word in EN_TRAILING or self.type_counts.get(t, 0) - (t == own) <= 0

    leaf_type = staticmethod(leaf_type)  # the type a category's leaf names (`search.category_names`)

    def learn_types(self, heads, leaves, categories, title_terms) -> None:
        """heads/leaves: each item's title head and category-leaf type; title_terms: each item's
        set of title terms (stems)."""
        self.type_counts = Counter(h for h in heads if h)
        self.type_counts.update(l for l in set(leaves) if l)
        cat_types: dict[str, Counter] = defaultdict(Counter)
        for h, c in zip(heads, categories):
            if h and c:
                cat_types[c][h] += 1
        self.category_types = {c: dict(t) for c, t in cat_types.items()}
        types = {t for t, n in self.type_counts.items() if n >= self.min_type_count}
        mentions: dict[str, Counter] = defaultdict(Counter)
        for h, terms in zip(heads, title_terms):
            if h:
                mentions[h]["__n__"] += 1
                mentions[h].update(t for t in terms if t in types and t != h)
        self.mentions = {h: dict(c) for h, c in mentions.items()}

    def learn_reading(self, title_words, heads, leaves, categories, title_terms, attribute_words) -> list[str]:
        """Learn how this catalogue's titles read, from titles read with the fallback: the
        accessory markers of a categorised catalogue (`search.accessories`), and which group of a
        Japanese keyword-list title is the type (the one more titles name alone, then first:
        "ブラウス シルク", "ゲーミング ノートパソコン"). Where anything is learned,
        every title is read again and the types learned again. Returns the heads."""
        self.markers = learn_markers(title_words, heads, categories,
                                     home_categories(self.category_types, categories, self.leaf_type), self.is_type,
                                     is_content, attribute_words)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        lists, said, names = 0, [], []
        hyphened = hyphened_pairs([*title_words, *(words(c) for c in set(filter(None, categories)))])
        self.joined = written_apart(title_words) | hyphened
        for tw in title_words:
            skip = {i for i, w in enumerate(tw) if w in attribute_words}
            groups = keyword_candidates(tw, skip, self.markers, self.joined)
            lists += len(groups) > 1
            said.append({type_word(tw[i]) for i in groups})
            names.append(name_pairs(tw, skip, self.markers))
            if groups:
                counts[type_word(tw[groups[0]])][0 if len(groups) == 1 else 1] += 1
            for w in said[-1]:
                counts[w][2] += 1
        self.keywords = {w: list(c) for w, c in counts.items()} if lists else {}
        self.names = frozenset(recurring_pairs(names))
        if not self.markers.learned and not lists and not self.names and not hyphened:
            return heads
        homes = GroupHomes.count(self.sold_in, said, [ending for _, ending in names], categories)
        names_only = not self.markers.learned and not lists and not hyphened  # then only a head no other
        # title has can move
        heads = [h if names_only and self.type_counts.get(h, 0) > 1 else self.title_head(tw, attribute_words, c, homes,
                                                                                           counted=True)
                 for tw, c, h in zip(title_words, categories, heads)]
        self.learn_types(heads, leaves, categories, title_terms)
        return heads

    def learn_departments(self, title_words, categories) -> None:
        """The department each audience word names (`search.audience`), as the attribute
        "department": "ジーンズ レディース" wants the women's jeans, whatever their titles call them."""
        for w, prefix in departments_of(title_words, categories).items():
            self.attributes.setdefault(w, ["department", prefix])
        self._departments = None

    def departments(self) -> list[str]:
        """Every department an audience word names (read once: a query saying one compares them)."""
        if self._departments is None:
            self._departments = sorted({v for k, v in self.attributes.values() if k == "department"})
        return self._departments

    def add_item(self, head: str, leaf: str, category: str | None, terms) -> None:
        if head:
            self.type_counts[head] += 1
            if category:
                self.category_types.setdefault(category, {})
                self.category_types[category][head] = self.category_types[category].get(head, 0) + 1
            m = self.mentions.setdefault(head, {"__n__": 0})
            m["__n__"] += 1
            for t in terms:
                if t != head and self.is_type(t):
                    m[t] = m.get(t, 0) + 1
        if leaf and leaf not in self.type_counts:
            self.type_counts[leaf] += 1

    # -- questions ------------------------------------------------------------------------
    def is_type(self, term: str) -> bool:
        return self.type_counts.get(term, 0) >= self.min_type_count

    def headed(self, word: str) -> int:
        """How many titles (and leaves) have the type `word` names as their head; 0 for no type."""
        t = type_word(word)
        return self.type_counts[t] if self.is_type(t) else 0

    def mention_share(self, head: str, other: str) -> float:
        m = self.mentions.get(head)
        return m.get(other, 0) / m["__n__"] if m and m.get("__n__") else 0.0

    def is_accessory(self, head: str, of: str) -> bool:
        """Titles of `head` items name `of` far more often than `of` items name `head`, or `head`
        is sold in a category named for `of` ("Laptop Accessories"); with categories, the two
        are never sold in the same one (`search.accessories.sold_apart`)."""
        apart = sold_apart(self.sold_in(head), self.sold_in(of), of)
        return (apart is not False and self.mention_share(of, head) < 0.1
                and (self.mention_share(head, of) >= ACCESSORY_MENTIONS or apart == "named"))

    def to_dict(self) -> dict:
        return {"type_counts": dict(self.type_counts), "category_types": self.category_types,
                "mentions": self.mentions, "attributes": self.attributes, "min_type_count": self.min_type_count,
                "markers": self.markers.to_dict(), "keywords": self.keywords, "names": sorted(self.names),
                "joined": sorted(self.joined)}

    @classmethod
    def from_dict(cls, data: dict) -> "CatalogKnowledge":
        return cls(Counter(data["type_counts"]), data["category_types"], data["mentions"], data["attributes"],
                   data.get("min_type_count", 1), Markers.from_dict(data.get("markers")), data.get("keywords", {}),
                   frozenset(data.get("names", ())), frozenset(map(tuple, data.get("joined", ()))))


def understand(query: str, knowledge: CatalogKnowledge, *, known=None, correct=None,
               synonyms: dict | None = None, compound=None, titled=None, together=None,
               said_by=None) -> Understood:
    """Read a query. `known(word)` says whether the catalogue has the word, `titled(word)` whether
    a title (category, brand) says it (a last word none says is still the head); `correct(word)`
    proposes a catalogue word for an unknown one, kept only where `together(a, b)` (some item
    holds both words) pairs it with another word of the query ("laptop riser" is no laptop
    "rise", a word only jeans say; Home Depot in-process, validation part 0.7826 -> 0.7830, fit
    part 0.7779 -> 0.7788: "closet maid" is no "main"); a head that is no catalogue type takes
    the type of one of its `synonyms`; `compound(a, b)` says whether the catalogue's titles say the terms
    `a b` side by side (then the last word of "a b" is the head even when only `a` is a type:
    "drill bit" where drills are a type and bits only come in "Drill Bit Set"); `said_by(word)`:
    the items saying a word (`heads.strongest_head`: "shower faucet brushed nickel" is a faucet)."""
    text = normalize(query)
    u = Understood(query=query, words=[], markers=knowledge.markers, types=knowledge.type_counts,
                   is_accessory=knowledge.is_accessory)
    text, (u.min_price, u.max_price, u.price_intent) = read_prices(text)
    tokens = []
    said = words(text)
    for w in said:
        if w in CHEAP_WORDS:
            u.price_intent = "low"
            continue
        if (w != "|" and known is not None and correct is not None and not is_japanese(w) and not known(w)
                and not (synonyms or {}).get(w)):  # an English word the Japanese titles say is no typo
            fix = correct(w)
            others = [o for o in said if o != w and o not in CHEAP_WORDS and is_content(o) and known(o)] if fix else []
            if fix and (together is None or not others or any(together(f, o) for f in fix.split() for o in others)):
                u.corrections[w] = fix
                tokens.extend(fix.split())
                continue
        tokens.append(w)
    if known is not None:
        tokens = joined_compounds(tokens, known, compound)
    describing = {said[i] for i in said.descriptors}  # as Sudachi read them in the query ("空気入れ": 入れ)
    describing = describing - knowledge.named_words() if describing else describing  # a leaf's name: a noun
    tokens = Words(tokens)
    tokens.descriptors = frozenset(i for i, w in enumerate(tokens) if w in describing)
    prefixes = {said[i] for i in said.prefixed}  # "SDカード": Latin written onto the Japanese after it
    tokens.prefixed = frozenset(i for i, w in enumerate(tokens[:-1]) if w in prefixes and is_japanese(tokens[i + 1]))
    hyphened = {(said[i - 1], said[i]) for i in said.hyphened}  # "ride-on toys": no preposition
    tokens.hyphened = frozenset(i for i in range(1, len(tokens)) if (tokens[i - 1], tokens[i]) in hyphened)
    u.words = [w for w in tokens if w != "|"]
    # attributes: longest catalogue phrases first
    taken: set[int] = set()
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            span = range(i, i + n)
            if any(j in taken for j in span) or "|" in tokens[i:i + n]:
                continue
            phrase = " ".join(tokens[i:i + n])
            hit = knowledge.attributes.get(phrase)
            if hit is None and n == 1 and phrase in JA_COLORS:  # not English: "black and decker" is a brand
                hit = ["color", JA_COLORS[phrase]]
            if hit is not None and not (n == 1 and knowledge.is_type(type_word(phrase)) and hit[0] == "brand"):
                u.attributes.setdefault(hit[0], hit[1])
                taken.update(span)
                u.attribute_words.update(tokens[i:i + n])
    wanted = u.attributes.get("department")
    if wanted:  # an item sold to another audience contradicts the query, not only lacks a word of it
        path = category_path(wanted)
        u.other_departments = [d for d in knowledge.departments() if (other := category_path(d))[:len(path)] != path
                               and path[:len(other)] != other]
    # the head: what the shopper wants
    h = head_word(tokens, taken, cut=PREPOSITIONS, is_type=lambda w: _typed(w, knowledge, synonyms), markers=u.markers,
                  joined=knowledge.joined)  # "clip in extensions": extensions, where the catalogue writes "Clip-In"
    last = head_word(tokens, taken, cut=PREPOSITIONS, markers=u.markers, joined=knowledge.joined)
    if h is not None and last is not None and last > h and compound is not None:
        before = max(i for i in range(last) if content_at(tokens, i) and i not in taken) if h < last else None
        if before is not None and compound(stem(tokens[before]), stem(tokens[last])):
            h = last  # the catalogue says "<before> <last>": an adjective of the last word here
    if (h is not None and last is not None and last > h and titled is not None and not is_japanese(tokens[last])
            and not titled(tokens[last]) and not (synonyms or {}).get(tokens[last])):
        h = last  # the last word is the head even when no title says it ("phone cover"): no type is read
        # rather than the modifier's ("phone"), and the dense side says what the word means
    if h is not None and said_by is not None:
        h = strongest_head(tokens, taken, h, knowledge.headed, said_by, cut=PREPOSITIONS, markers=u.markers)
    if h is not None:
        u.head = tokens[h]
        t = _typed(u.head, knowledge, synonyms) or type_word(u.head)
        whole = [o for o in (synonyms or {}).get(u.head, ()) if h and o in (synonyms or {}).get(tokens[h - 1], ())]
        if whole and is_japanese(whole[0].split()[-1]) and knowledge.is_type(type_word(whole[0].split()[-1])):  # "massage
            t = type_word(whole[0].split()[-1])  # gun": the マッサージガン its two words make, a type, not the toy
            # "gun"; "music stand": the 譜面台 the titles say as 譜面 台, a 台
        u.meant_whole = next(("".join(o.split()) for o in whole if is_japanese(o.split()[-1])), "")
        lettered = stem(tokens[h - 1] + u.head) if h and is_letter(tokens[h - 1]) else None
        if lettered and knowledge.is_type(lettered):  # "t shirt", "t-shirt": the type the titles' "T-Shirt" names
            t = lettered
            taken.add(h - 1)
        if knowledge.is_type(t):
            u.product_type = t
            if is_japanese(u.head):  # the English words it transliterates name the same type; a phrase
                english = [o for o in (synonyms or {}).get(u.head, ()) if not is_japanese(o)]  # only where
                u.type_aliases = list(dict.fromkeys(a for o in english if " " not in o and (a := _named(o)) != t))
                u.type_phrases = [o for o in english if len(o.split()) == 2]  # said whole ("tea cup")
            for named in (t, *u.type_aliases):
                u.categories += [c for c in knowledge.categories_of(named) if c not in u.categories]
            u.categories += [c for c in knowledge.categories_named(t) + knowledge.categories_under(t)
                             if c not in u.categories]
        u.modifiers = [w for i, w in enumerate(tokens) if i != h and i not in taken and content_at(tokens, i)]
        if u.product_type and not u.modifiers:  # the type alone: its kinds the categories name by it too
            u.categories += [c for c in knowledge.kinds_by_ending(u.product_type) if c not in u.categories]
        elif u.product_type:
            u.categories += [c for c in knowledge.categories_said(u.product_type, u.modifiers) if c not in u.categories]
        u.modifier_types = [type_word(w) for w in u.modifiers if knowledge.is_type(type_word(w)) and type_word(w) != u.product_type]
        if u.product_type:  # where the modifier types are sold, unless titles name the pair ("dress shirt")
            u.modifier_homes = sorted({c for w in u.modifiers if type_word(w) in u.modifier_types
                                       and not (compound is not None and compound(stem(w), stem(u.head)))
                                       for c in knowledge.sold_in(type_word(w))})
        if u.product_type:
            for w in u.modifiers:
                if knowledge.is_type(type_word(w)) and knowledge.is_accessory(u.product_type, type_word(w)):
                    u.accessory_of = w
                    break
    return u


def _typed(word: str, knowledge: CatalogKnowledge, synonyms: dict | None) -> str | None:
    """The catalogue type `word` names, itself or through one of its `synonyms` (ワンピ through
    the ワンピース of the titles); None when it names none."""
    t = type_word(word)
    if knowledge.is_type(t):
        return t
    for other in (synonyms or {}).get(word, ()) or (synonyms or {}).get(t, ()):
        if is_japanese(other) and word.startswith(other):
            continue  # a compound's leading part says what it is for, not what it is (コーヒーメーカー)
        named = _named(other)
        if knowledge.is_type(named):
            return named
    return None


def _named(synonym: str) -> str:
    """The type a synonym names; an English phrase by its last word ("coffee maker")."""
    return type_word(normalize(synonym).split()[-1])
