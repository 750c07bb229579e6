"""The closed word classes every shop shares, one place for each: stopwords, prepositions, units
and their spellings, the English words that describe after a product's name, Japanese colour,
purpose, descriptor words and device suffixes, English plurals the stemmer leaves apart and
British and American spellings. Read by `search.text` (analysis) and the readers of a query or
a title (`search.heads`, `search.understanding`, `search.accessories`, ...). Hand-written: no
library lists a shop's grammar words; each list is the language's, not a catalogue's."""

from __future__ import annotations

STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then there these "
    "they this to was will with without i me my we our you your".split())

# words that introduce a post-modifier: the product type of a phrase comes before them
PREPOSITIONS = frozenset("for with without no in on of by from featuring includes including fits compatible "
                         "over under".split())
TITLE_PREPOSITIONS = frozenset("for with without in by from featuring includes including fits compatible".split())

# units of measure: never the product type, and "in" after a number is inches, not a preposition
UNITS = frozenset(
    "in inch inches ft feet foot yd mm cm m km g kg lb lbs oz gal gallon gallons qt pt l ml v volt volts w "
    "watt watts a amp amps mah gb tb mb ghz hz mp btu cu sq pk pc pcs pack piece pieces count ct x "
    "インチ センチ cm ミリ キロ グラム ワット 枚 個 本 組 セット 色".split())

# English words that, after the product's name, describe it (a colour, a size): "Foldable Phone Stand
# Black" is a stand, "Fibreclay Pot Large Grey" a pot. Never the head of a title or query when a
# word before them can be; not attributes either ("black and decker" is a brand).
EN_TRAILING = frozenset(
    "black white red blue green yellow grey gray brown navy pink purple beige khaki charcoal ivory teal "
    "turquoise maroon burgundy tan silver gold multicolor multicolour small medium large xl xxl xxxl xs size".split())

# Japanese words for colours, mapped to the English attribute value they mean
JA_COLORS = {
    "黒": "black", "黒い": "black", "ブラック": "black", "白": "white", "白い": "white", "ホワイト": "white",
    "赤": "red", "赤い": "red", "レッド": "red", "青": "blue", "青い": "blue", "ブルー": "blue",
    "緑": "green", "グリーン": "green", "黄": "yellow", "黄色": "yellow", "黄色い": "yellow", "イエロー": "yellow",
    "灰色": "gray", "グレー": "gray", "茶色": "brown", "ブラウン": "brown", "紺": "navy", "ネイビー": "navy",
    "ピンク": "pink", "紫": "purple", "パープル": "purple", "銀": "silver", "シルバー": "silver",
    "金": "gold", "ゴールド": "gold", "ベージュ": "beige", "オレンジ": "orange",
}

# one-kanji suffixes that make a noun a device, a gauge or an agent: Sudachi splits a compound it
# does not know into the noun and the suffix (給水 + 器, 研磨 + 剤, 血圧 + 計 before 用), which names
# what the whole is
DEVICE_SUFFIXES = frozenset("器 機 剤 計")

# English nouns that name a number of the noun before them: a "Pad Set" is pads, "Game Dice Set"
# dice (not "kit": a "Repair Kit" is no repair)
COLLECTIVES = frozenset("set sets pack packs pair pairs".split())

# Japanese grammar that marks what a product is for: "ノートパソコン用 ケース" (a case for a laptop) is
# an accessory of the laptop; the word before the marker is a purpose, never the product type
JA_PURPOSE_MARKERS = frozenset("用 向け 専用 対応".split())

# what a product comes with or is like: "ケース付き ルアー" (a lure with a case), "保存容器 蓋付き",
# "乾電池式 ランタン" (a battery-type lantern); the word before is never the type
JA_WITH_MARKERS = frozenset("付き 付 つき 式".split())
# verb stems that, written onto a noun, make one word naming a holder or tool for it (扇子入れ, a
# fan case; 石鹸置き, a soap dish; 空気入れ, a pump; 毛玉取り, a fabric shaver; 鼻毛切り, a nose-hair
# trimmer; 栓抜き, an opener): read as one word, titles and queries alike
JA_HOLDER_SUFFIXES = frozenset("入れ 立て 置き 掛け 取り 切り 抜き".split())
# suffixes that, written onto a noun, make one word naming a thing of their own kind (浴衣帯, an obi for
# a yukata; 部屋着, clothes to wear at home; 補修材, a repair material): one word, not the noun before
# them described (the 用 of 子供用 and the 製 of ゴム製 describe, and stay apart)
JA_NAMING_SUFFIXES = frozenset("帯 着 材".split())

# Japanese words that describe rather than name a product (fit, length, condition); with the
# adjectival parts of speech and suffixes Sudachi reports where a word stands (`Words.descriptors`,
# a compound's last part in `type_word`), they are never taken as the product type. A constant:
# what one text taught must not change how the next is read (a process's history did before:
# "蓋" read as a suffix once was no noun for every later title)
JA_DESCRIPTORS = frozenset("ロング ショート ミディ ミニ スリム ワイド 軽量 薄型 大容量 小型 大型 新品 中古 人気 防水 "
                     "おしゃれ 送料無料 高性能 限定 新作 定番 レディース メンズ キッズ ワイヤレス コードレス 有線 無線 "
                     "極細 極太 極薄 極厚 厚手 薄手 大判 大きめ 小さめ 超軽量 充電式 電池式 折りたたみ 伸縮 耐熱 耐衝撃 "
                     "抗菌 速乾 撥水 防滴 静音 多機能 高品質 精度 日本製 国産 正規品 無地 北欧 丈夫 頑丈 保温 保冷 広口 細口".split())
# suffixes naming a shop or a maker ("灯り屋", "山田堂"): the word they end is a name, never the product
JA_SELLER_SUFFIXES = frozenset("屋 堂 店".split())
# words that describe where they stand as a group of their own ("毛玉取り器 電動 充電式": an electric
# one; "エマージェンシーシート アルミ 保温": an aluminium one), not where written onto the noun they
# describe (電動ミシン, アルミホイル, read as their nouns): power, and the materials things are made of
JA_GROUP_DESCRIPTORS = frozenset("電動 手動 アルミ アルミニウム ステンレス チタン 真鍮".split())

# spellings of one unit, one index term: "1 inch" finds "1 in.", "5 gallon" finds "5 gal."
UNIT_SPELLINGS = {"inch": "in", "inches": "in", "feet": "ft", "foot": "ft", "gallon": "gal", "gallons": "gal",
                  "pound": "lb", "pounds": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "volt": "v",
                  "volts": "v", "watt": "w", "watts": "w", "amp": "a", "amps": "a", "quart": "qt", "quarts": "qt",
                  "pcs": "pc", "piece": "pc", "pieces": "pc", "pk": "pack"}
# British and American spellings of one word ("grey" / "gray", "moulding" / "molding"): shops and
# shoppers write both, one index term
SPELLING_VARIANTS = {"grey": "gray", "greys": "grays", "colour": "color", "colours": "colors", "moulding": "molding",
                     "mouldings": "moldings", "mould": "mold", "aluminium": "aluminum", "metre": "meter",
                     "metres": "meters", "centre": "center", "fibre": "fiber", "tyre": "tire", "tyres": "tires",
                     "jewellery": "jewelry", "catalogue": "catalog", "favourite": "favorite", "plough": "plow"}
# English plurals the Snowball stemmer leaves apart from their singular ("shelves" -> "shelv",
# "shelf" -> "shelf"): a closed class of the language, read as the singular before stemming
IRREGULAR_PLURALS = {"shelves": "shelf", "knives": "knife", "leaves": "leaf", "halves": "half", "loaves": "loaf",
                     "scarves": "scarf", "wolves": "wolf", "calves": "calf", "hooves": "hoof", "mice": "mouse",
                     "teeth": "tooth", "geese": "goose", "children": "child"}
