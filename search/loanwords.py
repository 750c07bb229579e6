"""Katakana loanwords read as the catalogue's English words: a Japanese shopper writes `ポンプ`,
`ボトル`, `ラグ` for what English titles and category paths call a pump, a bottle, a rug. In a
shop that sells both languages (or whose category tree is English), such a query should find the
English-titled items too, and read its type from their categories.

Both spellings are brought to a rough sound-shape and compared: their consonants must agree
(after the sounds Japanese merges: l and r, v and b, f and h; a nasal before b/p/m is an m; an
English r after a vowel is silent, as Japanese writes it with a long vowel; English spelling is
read as said first: a soft g, "-ation", "-sure"; ジ meets a j and a voiced s alike), and among the
catalogue words whose consonants agree, the one whose vowels differ least is taken (the vowels
Japanese adds after a final consonant, and a final silent e, are free; a vowel swap that loanwords
make often, English u as Japanese a in `rug`/`ラグ`, costs half).

Written here rather than taken from a library: romanisers (pykakasi, cutlet) write Hepburn for
reading, while what is needed is a key that English spelling can meet; the kana table is the
small part, the matching rules are the rest."""

from __future__ import annotations

import re
from functools import lru_cache

from search.text import is_katakana

_VOWELS = "aeiouyw"  # y and w glide into their vowels in both spellings ("towel", タオル)

_KANA = dict(zip(
    "アイウエオカキクケコガギグゲゴサシスセソザジズゼゾタチツテトダヂヅデドナニヌネノハヒフヘホバビブベボ"
    "パピプペポマミムメモヤユヨラリルレロワヲンヴァィゥェォャュョヮ",
    "a i u e o ka ki ku ke ko ga gi gu ge go sa shi su se so za ji zu ze zo ta chi tsu te to da ji zu de do "
    "na ni nu ne no ha hi fu he ho ba bi bu be bo pa pi pu pe po ma mi mu me mo ya yu yo ra ri ru re ro "
    "wa o n bu a i u e o ya yu yo wa".split()))
_SMALL_VOWELS = set("ァィゥェォ")
_SMALL_Y = set("ャュョ")

# English spelling -> sound, in order (each a regular expression and what it becomes)
_ENGLISH = [(re.compile(p), s) for p, s in (
    (r"^kn", "n"), (r"^wr", "r"), (r"(?<=.a)l(?=[fkm])|(?<=.o)l(?=k)", ""),  # a silent l: "half" ハーフ, "palm" パーム, "folk"
    (r"igh", "ai"), (r"eye", "ai"),  # "eye cream" アイクリーム
    (r"gh", ""), (r"ph", "f"), (r"ck", "k"), (r"qu", "kw"),
    (r"x", "ks"), (r"tch", "ch"), (r"dge", "j"), (r"c(?=[eiy])", "s"), (r"ch", "C"), (r"c", "k"), (r"C", "ch"),
    (r"q", "k"), (r"nge$", "nj"), (r"(?<!n)g(?=[ey])", "j"),  # "sponge" スポンジ, "orange" オレンジ; "finger"
    (r"th", "s"), (r"wh", "w"), (r"ation", "eshon"), (r"[ts]ion", "shon"),  # "station" ステーション
    (r"(?<=[aeiou])sure$", "jar"),  # "measure" メジャー
    (r"oo", "u"), (r"e[aey]", "i"), (r"oa", "o"), (r"ou", "au"), (r"ay(?![aeiou])", "ei"),  # "spray" スプレー
    (r"a(?=[^aeiou](?:e|er|[lr]e)$)", "e"), (r"i(?=[^aeiou]e$)", "ai"),  # "case" ケース, "maker" メーカー,
    # "table" テーブル, "dice" ダイス
    (r"or(?=[^aeiouy])", "o"),  # "short" ショート, "sport" スポーツ
    (r"[aeiou]+r(?![aeiouyr])", "a"),  # "filter" フィルター, "skirt" スカート, "motor" モーター: a long a
    # (not the first of a doubled r, said before its vowel: "mirror" ミラー, "berry" ベリー, "sierra" シェラ)
)]


# where English spelling says ch as a k (Greek words): before r or l, after s, in a few openings
# and after e, n and or before a vowel ("chrome", "school", "chamomile", "technical", "anchor", "orchid")
_K_CH = re.compile(r"(?<=s)ch|ch(?=[rl])|^ch(?=am|ara|em|or|ao)|(?<=e)ch(?=[naoi])|(?<=n)ch(?=or)|(?<=or)ch")


def _merge(sound: str) -> str:
    """The sounds Japanese does not tell apart, merged the same way on both sides."""
    sound = sound.replace("sh", "s").replace("ch", "C").replace("l", "r").replace("v", "b").replace("f", "h")
    sound = sound.replace("z", "s")
    sound = re.sub(r"n(?=[bpm])", "m", sound)
    return re.sub(r"([^aeiou])\1+", r"\1", sound)  # doubled consonants are one


def katakana_sound(word: str) -> str | None:
    """A katakana word as the sounds English spelling can meet (テーブル -> "teburu"), None for
    a word with anything else in it."""
    out: list[str] = []
    for ch in word:
        if ch in ("ー", "ッ", "・"):
            continue  # a long vowel or a doubled consonant: neither changes the consonants
        if ch in _SMALL_VOWELS and out:
            prev = out[-1]
            out[-1] = ("w" if prev == "u" else prev.rstrip("aeiou")) + _KANA[ch]  # ティ -> ti, ウィ -> wi
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i"):
            prev = out[-1][:-1]
            out[-1] = prev + (_KANA[ch][1:] if prev in ("sh", "ch", "j") else _KANA[ch])  # シャ -> sha
            continue
        roman = _KANA.get(ch)
        if roman is None:
            return None
        out.append(roman)
    return _merge("".join(out)) if out else None


def english_sound(word: str) -> str | None:
    """An English word as the sounds a Japanese transliteration would keep ("table" -> "tebre",
    "earphone" -> "ahone"), None for a word not of Latin letters."""
    if not word.isascii() or not word.isalpha():
        return None
    word = word.lower()
    for pattern, sound in _ENGLISH:
        word = pattern.sub(sound, word)
    return _merge(word)


def _shape(sound: str) -> tuple[str, tuple[str, ...]]:
    """(the consonants, the vowel run before each consonant and after the last)."""
    consonants, runs, run = [], [], ""
    for ch in sound:
        if ch in _VOWELS:
            run += ch
        else:
            consonants.append(ch)
            runs.append(run)
            run = ""
    runs.append(run)
    return "".join(consonants), tuple(runs)


_NEAR = {frozenset(p) for p in ("au", "ao", "ie", "iy", "uw")}


def _run_cost(a: str, b: str) -> float:
    """Edit distance between two vowel runs: a vowel added or dropped costs half, a swap of vowels
    loanwords often swap half, any other swap one."""
    prev = [0.5 * j for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        cur = [0.5 * i] + [0.0] * len(b)
        for j, cb in enumerate(b, 1):
            swap = 0.0 if ca == cb else 0.5 if frozenset((ca, cb)) in _NEAR else 1.0
            cur[j] = min(prev[j] + 0.5, cur[j - 1] + 0.5, prev[j - 1] + swap)
        prev = cur
    return prev[-1]


def vowel_cost(japanese: tuple[str, ...], english: tuple[str, ...], consonants: str) -> float:
    """How far two spellings with the same consonants are apart in their vowels. Free: the vowel
    Japanese puts after a consonant no vowel follows (o after t and d, i after ch and j, u after
    the others: ボトル, テント, ウォッチ), and English's silent final e."""
    cost = 0.0
    for k, (ja, en) in enumerate(zip(japanese, english)):
        added = k and ja == ("o" if consonants[k - 1] in "td" else "i" if consonants[k - 1] in "Cj" else "u")
        if added and en in ("", "e" if k == len(japanese) - 1 else ""):
            continue
        if k == len(japanese) - 1 and ja == "" and en == "e":
            continue
        cost += _run_cost(ja, en)
    return cost


MIN_CONSONANTS = 2  # one consonant (ティー) says too little to find a word by


def max_cost(consonants: str) -> float:
    """The vowel cost beyond which two spellings are different words: half a swap for two
    consonants (ラグ is a rug, ノート no nut), one for more (ポンプ is a pump)."""
    return 0.5 if len(consonants) <= 2 else 1.0


class Loanwords:
    """The catalogue's English words by consonant shape; `english(katakana)` gives the words a
    katakana word transliterates, the closest in vowels (ties kept), or []."""

    def __init__(self, vocabulary=()) -> None:
        self._by_shape: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._seen: set[str] = set()
        self.add(vocabulary)

    def add(self, vocabulary) -> None:
        """Index more of the catalogue's words (those already indexed are skipped)."""
        for w in vocabulary:
            if w in self._seen:
                continue
            self._seen.add(w)
            for spelling in (w, w[:-1]) if len(w) > 3 and w.endswith("s") else (w,):  # "earphones": イヤホン
                for said in dict.fromkeys((spelling, _K_CH.sub("k", spelling), spelling.replace("wa", "wo"))):
                    # a ch also said as a k where Greek spelling has it ("chrome" クローム, "chamomile"
                    # カモミール, "anchor" アンカー); a wa also as wo ("water" ウォーター, "wall" ウォール)
                    if len(w) >= 3 and (sound := english_sound(said)) is not None:
                        consonants, runs = _shape(sound)
                        # one consonant or none: only as half of a pair (`english(least=1)`, `least=0`)
                        self._by_shape.setdefault(consonants, []).append((w, runs))

    def english(self, word: str, least: int = MIN_CONSONANTS) -> list[str]:
        """`least`: the fewest consonants a word is read with (one, or none, only where something
        else confirms the reading: a pair of words titles say side by side, `ティー カップ`, アイクリーム)."""
        sound = katakana_sound(word) if len(word) >= 2 else None
        if sound is None:
            return []
        scored = []  # ジ writes an English j ("sponge") and a voiced s ("cleansing": klenzing) alike;
        # チュ an English ch and a tu ("tuner": チューナー, "tube": チューブ)
        for alternative in dict.fromkeys((sound, sound.replace("ji", "si"), sound.replace("Cu", "tu"))):
            consonants, runs = _shape(alternative)
            if len(consonants) >= least:
                scored += [(vowel_cost(runs, en, consonants) / max_cost(consonants), w)
                           for w, en in self._by_shape.get(consonants, ())]
        best = min((c for c, _ in scored), default=None)
        if best is None or best > 1.0:
            return []
        return sorted({w for c, w in scored if c == best})


@lru_cache(maxsize=65536)
def loaned_from(word: str, english: frozenset) -> tuple[str, ...]:
    """The words of `english` (a category's names) a katakana `word` is a loanword of, remembered:
    asked for each title as a catalogue is read and for candidates as queries are answered."""
    if not english or not is_katakana(word):
        return ()
    return tuple(Loanwords(english).english(word))
