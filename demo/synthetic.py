"""SYNTHETIC demo data: a seeded generator of an invented online shop, its catalogue and its shoppers."""

from __future__ import annotations

import bisect
import inspect
from itertools import accumulate
import json
import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

import numpy as np

__all__ = ["SyntheticStore", "generate_store", "write_store"]

DEFAULT_END = datetime(2026, 11, 1, tzinfo=timezone.utc)
JPY_PER_USD = 150
JAPANESE_SHARE = 0.15        # of items, and of shoppers
OUT_OF_STOCK_SHARE = 0.08
DEPARTMENT_WEIGHTS = {"Clothing": 0.35, "Electronics": 0.25, "Home": 0.2, "Grocery": 0.2}
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 6, 6, 5, 5, 6, 8, 10, 10, 9, 6, 3)
SHOPPER_COLORS = ("black", "white", "navy", "grey", "beige", "blue", "green", "red", "pink", "silver")


class SyntheticStore(NamedTuple):
    items: list[dict]    # catalogue rows
    events: list[dict]   # behaviour rows, sorted by timestamp


# --------------------------------------------------------------------------------------------
# The catalogue: product kinds, their brands, attributes, prices, titles and how people search
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProductType:
    """One kind of product. Templates use `{attr}` (value), `{Attr}` (capitalised), `{attr_ja}`."""

    key: str
    category: str
    product_type: str                       # attributes["product_type"] (a template)
    count: int                              # items of this kind, jittered by +-15%
    price: tuple[float, float]              # USD range, spread across brands (budget to premium)
    brands: tuple[str, ...]
    options: dict                           # attribute -> values (or brand -> values)
    titles: tuple[str, ...]
    titles_ja: tuple[str, ...]
    queries: tuple[str, ...]                # what an English-speaking shopper types
    queries_ja: tuple[str, ...]
    blurb: str
    consumable: bool = False                # bought again on a cycle
    complements: tuple[str, ...] = ()       # kinds bought in the same order
    match: str = ""                         # attribute a complement shares (screen size, model)
    price_by: tuple[str, dict] | None = None  # attribute whose value picks the price range

    @property
    def department(self) -> str:
        return self.category.split(" > ")[0]


SIZES = ("XS", "S", "M", "L", "XL")
WOMEN = ("Nordhaus", "Aster & Vale", "Maren", "Kanso", "Lisette")
MEN = ("Calder", "Nordhaus", "Halden", "Fieldnote", "Kanso")
SHOES = ("Strider", "Calder", "Maren", "Kobo Walk")
COMPUTING = ("Voltra", "Kestrel", "Novix", "Arcwave", "Tenzo")
GEAR = ("Voltra", "Packwell", "Tenzo", "Sleevo", "Kestrel")
PHONE_MODELS = {"Novix": ("Novix Nova 12", "Novix Nova 12 Pro"), "Arcwave": ("Arcwave Edge 5", "Arcwave Edge 5 Lite"),
                "Kestrel": ("Kestrel K7", "Kestrel K8 Max"), "Mira": ("Mira 4", "Mira 4 Mini")}
ALL_MODELS = tuple(m for models in PHONE_MODELS.values() for m in models)
LIGHTING = ("Lumora", "Brightwell", "Hearth & Co", "Kinari")
FURNITURE = ("Oakridge", "Hearth & Co", "Tidewater", "Kinari")
KITCHEN = ("Hearth & Co", "Ferro", "Kinari", "Tidewater")
PANTRY = ("Casa Verde", "Trattoria Bella", "Morning Field", "Crunchwell")


_kind = ProductType  # short name for the table below


TYPES: tuple[ProductType, ...] = (
    # Clothing > Women
    _kind("shirt_dress", "Clothing > Women > Dresses", "dress", 30, (35, 140), WOMEN,
          {"style": ("shirt dress",), "color": ("black", "white", "blue", "beige", "navy", "green"),
           "material": ("cotton", "linen", "denim"), "size": SIZES},
          ("{brand} {Color} {Material} Shirt Dress", "{brand} Belted {Material} Shirt Dress, {Color}"),
          ("シャツワンピース {material_ja} {color_ja}", "{brand} {color_ja} シャツワンピース {size}"),
          ("shirt dress", "shirtdress", "{material} shirt dress", "button down dress"),
          ("シャツワンピース", "シャツワンピ"), "A relaxed button-front dress with a shirt collar and a tie waist."),
    _kind("dress", "Clothing > Women > Dresses", "dress", 45, (30, 180), WOMEN,
          {"style": ("wrap dress", "midi dress", "maxi dress"),
           "color": ("black", "red", "navy", "green", "pink", "beige"),
           "material": ("viscose", "cotton", "linen", "silk"), "size": SIZES},
          ("{brand} {Color} {Material} {Style}", "{brand} {Style} in {Color}"),
          ("{style_ja} {color_ja}", "{brand} {style_ja} {material_ja}"),
          ("{style}", "dress", "summer dress"), ("{style_ja}", "ワンピース"),
          "A flattering dress for every day and evenings out."),
    _kind("blouse", "Clothing > Women > Tops", "blouse", 30, (25, 90), WOMEN,
          {"color": ("white", "black", "pink", "blue", "cream"), "material": ("silk", "viscose", "cotton"),
           "size": SIZES},
          ("{brand} {Color} {Material} Blouse", "{brand} Puff Sleeve Blouse in {Color}"),
          ("ブラウス {material_ja} {color_ja}",), ("blouse", "{material} blouse", "women's top"), ("ブラウス",),
          "A light blouse that works with jeans or tailoring."),
    _kind("womens_tshirt", "Clothing > Women > T-Shirts", "t-shirt", 35, (10, 40), WOMEN,
          {"color": ("white", "black", "grey", "navy", "pink"), "material": ("cotton", "organic cotton"),
           "size": SIZES},
          ("{brand} {Color} Crew Neck T-Shirt", "{brand} {Material} Relaxed T-Shirt, {Color}"),
          ("Tシャツ レディース {color_ja}",), ("t-shirt", "tshirt", "women's t-shirt", "tee"),
          ("Tシャツ レディース", "Tシャツ"), "A soft everyday tee with a relaxed fit."),
    _kind("womens_jeans", "Clothing > Women > Jeans", "jeans", 30, (40, 130), WOMEN,
          {"fit": ("skinny", "straight", "wide leg"), "color": ("blue", "black", "light blue", "white"),
           "material": ("denim",), "size": tuple(str(w) for w in range(24, 33, 2))},
          ("{brand} {Fit} {Color} Jeans", "{brand} High Rise {Fit} Jeans in {Color}"),
          ("デニム {fit_ja} レディース {color_ja}",), ("jeans", "{fit} jeans", "women's jeans"),
          ("ジーンズ レディース", "デニム"), "Stretch denim jeans with a high rise."),
    _kind("womens_shoes", "Clothing > Women > Shoes", "shoes", 25, (45, 200), SHOES,
          {"style": ("ankle boots", "sneakers", "loafers"), "color": ("black", "white", "beige", "brown"),
           "material": ("leather", "suede", "canvas"), "size": tuple(str(s) for s in range(36, 42))},
          ("{brand} {Color} {Material} {Style}",), ("{style_ja} レディース {material_ja} {color_ja}",),
          ("{style}", "women's {style}", "shoes"), ("{style_ja}", "靴 レディース"),
          "Comfortable shoes with a cushioned insole."),
    # Clothing > Men
    _kind("dress_shirt", "Clothing > Men > Shirts", "shirt", 35, (30, 120), MEN,
          {"style": ("dress shirt",), "fit": ("slim fit", "regular fit"),
           "color": ("white", "light blue", "pink", "grey", "black"),
           "material": ("cotton", "non-iron cotton", "poplin"), "size": ("15", "15.5", "16", "16.5", "17")},
          ("{brand} {Fit} {Color} Dress Shirt", "{brand} {Material} Dress Shirt, {Fit}, {Color}"),
          ("ワイシャツ {color_ja} {fit_ja}", "{brand} ワイシャツ {material_ja} {color_ja}"),
          ("dress shirt", "formal shirt", "work shirt", "{fit} dress shirt", "business shirt"),
          ("ワイシャツ", "ビジネスシャツ"), "A crisp shirt with a spread collar for the office and formal occasions."),
    _kind("casual_shirt", "Clothing > Men > Shirts", "shirt", 30, (25, 90), MEN,
          {"style": ("casual shirt",), "color": ("white", "blue", "olive", "black", "navy"),
           "material": ("linen", "flannel", "oxford cotton", "denim"), "size": SIZES + ("XXL",)},
          ("{brand} {Color} {Material} Shirt", "{brand} Short Sleeve {Material} Shirt in {Color}"),
          ("{material_ja} シャツ メンズ {color_ja}",), ("{material} shirt", "men's shirt", "casual shirt"),
          ("シャツ メンズ", "{material_ja} シャツ"), "An easy shirt to wear open or buttoned."),
    _kind("mens_tshirt", "Clothing > Men > T-Shirts", "t-shirt", 35, (10, 45), MEN,
          {"color": ("white", "black", "grey", "navy", "olive"), "material": ("cotton", "organic cotton"),
           "size": SIZES + ("XXL",)},
          ("{brand} {Color} Heavyweight T-Shirt", "{brand} {Material} Crew Neck Tee, {Color}"),
          ("Tシャツ メンズ {color_ja}",), ("t-shirt", "men's t-shirt", "tee", "plain t-shirt"),
          ("Tシャツ メンズ", "Tシャツ"), "A heavyweight cotton tee that keeps its shape."),
    _kind("mens_jeans", "Clothing > Men > Jeans", "jeans", 30, (40, 150), MEN,
          {"fit": ("slim", "straight", "relaxed"), "color": ("blue", "black", "grey"), "material": ("denim",),
           "size": tuple(str(w) for w in range(28, 39, 2))},
          ("{brand} {Fit} Fit {Color} Jeans", "{brand} Selvedge {Fit} Jeans, {Color}"),
          ("ジーンズ メンズ {fit_ja} {color_ja}",), ("jeans", "{fit} jeans", "men's jeans"),
          ("ジーンズ メンズ", "デニム"), "Five-pocket jeans in rigid or stretch denim."),
    _kind("mens_jacket", "Clothing > Men > Jackets", "jacket", 25, (60, 350), MEN,
          {"style": ("bomber jacket", "denim jacket", "parka", "rain jacket"),
           "color": ("black", "navy", "olive", "beige"), "material": ("nylon", "wool", "cotton"),
           "size": SIZES + ("XXL",)},
          ("{brand} {Color} {Style}", "{brand} {Material} {Style} in {Color}"), ("{style_ja} メンズ {color_ja}",),
          ("{style}", "jacket", "men's {style}"), ("{style_ja}", "ジャケット メンズ"), "An outer layer for wind and rain."),
    _kind("mens_shoes", "Clothing > Men > Shoes", "shoes", 25, (50, 220), SHOES,
          {"style": ("sneakers", "derby shoes", "chelsea boots"), "color": ("black", "brown", "white"),
           "material": ("leather", "suede", "canvas"), "size": tuple(str(s) for s in range(40, 47))},
          ("{brand} {Color} {Material} {Style}",), ("{style_ja} メンズ {material_ja} {color_ja}",),
          ("{style}", "men's {style}", "shoes"), ("{style_ja}", "靴 メンズ"), "Shoes built on a durable rubber sole."),
    # Electronics
    _kind("laptop", "Electronics > Computers > Laptops", "laptop", 45, (299, 2999), COMPUTING,
          {"color": ("black", "black", "silver", "grey"), "screen_size": ("13", "14", "16"),
           "ram": ("8GB", "16GB", "32GB"), "storage": ("256GB", "512GB", "1TB")},
          ('{brand} {screen_size}" {Color} Laptop {ram} RAM',
           '{brand} {Color} Laptop {screen_size}" {ram} RAM {storage} SSD'),
          ("{color_ja} ノートパソコン {screen_size}インチ {ram}",
           "{brand} ノートパソコン {screen_size}インチ {ram} {storage} {color_ja}"),
          ("laptop", "notebook", "{screen_size} inch laptop", "laptop {ram}", "laptop computer"),
          ("ノートパソコン", "ノートPC", "パソコン"), "A thin and light laptop with all-day battery life.",
          complements=("laptop_sleeve", "laptop_bag", "mouse", "laptop_stand", "laptop_charger"), match="screen_size",
          price_by=("ram", {"8GB": (299, 749), "16GB": (649, 1499), "32GB": (1299, 2999)})),
    _kind("laptop_sleeve", "Electronics > Computers > Laptop Accessories", "laptop sleeve", 25, (15, 60), GEAR,
          {"color": ("black", "grey", "navy", "blue"), "material": ("neoprene", "felt", "leather"),
           "screen_size": ("13", "14", "16")},
          ('{Color} {Material} Laptop Sleeve {screen_size}"', '{brand} {Material} Laptop Sleeve {screen_size}", {Color}'),
          ("パソコンケース {screen_size}インチ {color_ja}", "{brand} ノートパソコン スリーブ {material_ja} {screen_size}インチ"),
          ("laptop sleeve", "laptop sleeve {screen_size}", "laptop case", "{screen_size} inch laptop sleeve"),
          ("パソコンケース", "ノートパソコン ケース"), "A padded sleeve that protects a laptop in any bag."),
    _kind("laptop_bag", "Electronics > Computers > Laptop Accessories", "laptop bag", 20, (35, 180), GEAR,
          {"color": ("black", "grey", "navy", "brown"), "material": ("nylon", "leather", "canvas"),
           "screen_size": ("14", "16")},
          ('{brand} {Color} {Material} Laptop Bag {screen_size}"', "{brand} {Material} Laptop Messenger Bag, {Color}"),
          ("ビジネスバッグ ノートPC {screen_size}インチ {color_ja}",), ("laptop bag", "laptop backpack", "work bag"),
          ("ビジネスバッグ", "パソコンバッグ"), "A bag with a padded laptop compartment and room for the day."),
    _kind("laptop_stand", "Electronics > Computers > Laptop Accessories", "laptop stand", 12, (20, 90), GEAR,
          {"color": ("silver", "black", "grey"), "material": ("aluminium", "wood")},
          ("{brand} Adjustable {Material} Laptop Stand", "{brand} Foldable Laptop Stand, {Color}"),
          ("ノートパソコンスタンド {material_ja} {color_ja}",), ("laptop stand", "laptop riser", "stand for laptop"),
          ("ノートパソコンスタンド", "PCスタンド"), "Raises the screen to eye level."),
    _kind("laptop_charger", "Electronics > Computers > Laptop Accessories", "laptop charger", 12, (25, 80), GEAR,
          {"color": ("black", "white"), "wattage": ("65W", "100W", "140W")},
          ("{brand} {wattage} USB-C Laptop Charger", "{brand} {wattage} GaN Laptop Charger, {Color}"),
          ("USB-C 充電器 ノートパソコン用 {wattage}",), ("laptop charger", "usb c charger", "{wattage} charger"),
          ("ノートパソコン 充電器", "USB-C 充電器"), "A compact USB-C charger for laptops and tablets."),
    _kind("mouse", "Electronics > Computers > Mice & Keyboards", "mouse", 18, (12, 110), COMPUTING,
          {"color": ("black", "white", "grey")},
          ("{brand} Wireless Mouse, {Color}", "{brand} Ergonomic Bluetooth Mouse in {Color}"),
          ("ワイヤレスマウス {color_ja}",), ("wireless mouse", "mouse", "bluetooth mouse"), ("マウス", "ワイヤレスマウス"),
          "A quiet wireless mouse with a long-lasting battery."),
    _kind("monitor", "Electronics > Computers > Monitors", "monitor", 20, (129, 1199), COMPUTING,
          {"color": ("black", "white", "silver"), "screen_size": ("24", "27", "32"),
           "resolution": ("Full HD", "QHD", "4K")},
          ('{brand} {screen_size}" {resolution} Monitor', "{brand} {screen_size}-inch {resolution} IPS Monitor, {Color}"),
          ("{screen_size}インチ モニター {resolution}",),
          ("monitor", "{screen_size} inch monitor", "{resolution} monitor", "computer monitor"),
          ("モニター", "PCモニター"), "A sharp IPS display with slim bezels.",
          price_by=("resolution", {"Full HD": (129, 299), "QHD": (249, 599), "4K": (399, 1199)})),
    _kind("phone", "Electronics > Phones > Smartphones", "phone", 24, (199, 1499), tuple(PHONE_MODELS),
          {"model": PHONE_MODELS, "color": ("black", "white", "blue", "green"),
           "storage": ("128GB", "256GB", "512GB")},
          ("{model} Smartphone {storage}, {Color}", "{model} {storage} {Color} Phone"),
          ("スマートフォン {model} {storage} {color_ja}",), ("phone", "smartphone", "{model}", "{storage} phone"),
          ("スマートフォン", "スマホ"), "A smartphone with a bright display and a great camera.",
          complements=("phone_case", "phone_charger"), match="model",
          price_by=("storage", {"128GB": (199, 599), "256GB": (499, 999), "512GB": (899, 1499)})),
    _kind("phone_case", "Electronics > Phones > Phone Accessories", "phone case", 30, (8, 45),
          ("Sleevo", "Packwell", "Tenzo", "Mira"),
          {"model": ALL_MODELS, "color": ("black", "clear", "blue", "pink", "green"),
           "material": ("silicone", "leather", "plastic")},
          ("{brand} {Color} {Material} Case for {model}", "{brand} Shockproof Phone Case for {model}, {Color}"),
          ("スマホケース {model} {material_ja} {color_ja}",),
          ("phone case", "{model} case", "case for {model}", "phone cover"), ("スマホケース", "{model} ケース"),
          "A slim case with raised edges to protect the screen and camera."),
    _kind("phone_charger", "Electronics > Phones > Phone Accessories", "phone charger", 14, (10, 40), GEAR,
          {"color": ("white", "black"), "wattage": ("20W", "30W", "45W")},
          ("{brand} {wattage} Fast Phone Charger, USB-C", "{brand} {wattage} Wireless Charging Pad"),
          ("スマホ 充電器 {wattage} USB-C",), ("phone charger", "fast charger", "usb c charger"),
          ("スマホ 充電器", "急速充電器"), "Fast charging for phones and earbuds."),
    _kind("headphones", "Electronics > Audio > Headphones", "headphones", 28, (20, 450),
          ("Sonora", "Arcwave", "Tenzo", "Kestrel"),
          {"style": ("over-ear", "in-ear", "on-ear"), "color": ("black", "white", "silver", "blue")},
          ("{brand} Wireless {Style} Headphones, {Color}", "{brand} Noise Cancelling {Style} Headphones in {Color}"),
          ("ワイヤレスヘッドホン {style_ja} {color_ja}",),
          ("headphones", "wireless headphones", "noise cancelling headphones", "{style} headphones", "earbuds"),
          ("ヘッドホン", "ワイヤレスイヤホン"), "Wireless headphones with rich sound and a long battery life."),
    # Home
    _kind("table_lamp", "Home > Lighting > Table Lamps", "table lamp", 30, (25, 220), LIGHTING,
          {"material": ("brass", "ceramic", "oak", "marble"), "shade": ("linen", "paper", "glass"),
           "color": ("white", "cream", "black", "green")},
          ("{Material} Table Lamp with {Shade} Shade", "{brand} {Material} Table Lamp with {Shade} Shade",
           "{brand} {Color} {Material} Bedside Table Lamp"),
          ("テーブルランプ {material_ja} {shade_ja}シェード", "{brand} 卓上ライト {material_ja} {color_ja}"),
          ("table lamp", "bedside lamp", "{material} table lamp", "lamp"), ("テーブルランプ", "卓上ライト", "間接照明"),
          "A warm light for a bedside or side table.", complements=("light_bulb",)),
    _kind("floor_lamp", "Home > Lighting > Floor Lamps", "floor lamp", 18, (60, 400), LIGHTING,
          {"material": ("brass", "steel", "oak"), "shade": ("linen", "paper"), "color": ("black", "white", "gold")},
          ("{brand} {Material} Floor Lamp with {Shade} Shade", "{brand} Arc Floor Lamp, {Color}"),
          ("フロアランプ {material_ja} {color_ja}",), ("floor lamp", "standing lamp", "arc lamp"),
          ("フロアランプ", "フロアライト"), "A tall lamp that lights a reading corner.", complements=("light_bulb",)),
    _kind("light_bulb", "Home > Lighting > Light Bulbs", "light bulb", 14, (5, 35), LIGHTING,
          {"fitting": ("E26", "E27", "E14"), "light": ("warm white", "daylight"), "pack": ("2", "4", "6")},
          ("{brand} LED Light Bulb {fitting} {Light}, {pack}-Pack", "{brand} Dimmable LED Bulb {fitting}, {pack} Pack"),
          ("LED電球 {fitting} {light_ja} {pack}個入",), ("light bulb", "led bulb", "{fitting} bulb", "bulbs"),
          ("LED電球", "電球"), "Energy-saving LED bulbs that last for years."),
    _kind("lamp_table", "Home > Furniture > Side Tables", "side table", 25, (60, 350), FURNITURE,
          {"material": ("oak", "walnut", "pine", "marble"), "color": ("brown", "black", "white")},
          ("{Material} Lamp Table with Drawer", "{brand} {Material} Lamp Table with Drawer",
           "{brand} Round {Material} Side Table, {Color}", "{brand} {Material} End Table with Shelf"),
          ("サイドテーブル {material_ja} 引き出し付き", "{brand} ランプテーブル {material_ja} {color_ja}"),
          ("lamp table", "side table", "end table", "bedside table", "{material} side table"),
          ("サイドテーブル", "ナイトテーブル"), "A small table for a lamp, a book and a cup of tea.",
          complements=("table_lamp",)),
    _kind("sofa", "Home > Furniture > Sofas", "sofa", 18, (399, 2499), FURNITURE,
          {"material": ("velvet", "linen", "leather"), "color": ("grey", "green", "beige", "blue", "brown"),
           "seats": ("2", "3")},
          ("{brand} {Color} {Material} {seats}-Seater Sofa", "{brand} {Material} Sofa, {seats} Seats, {Color}"),
          ("{seats}人掛けソファ {material_ja} {color_ja}",), ("sofa", "couch", "{seats} seater sofa", "{material} sofa"),
          ("ソファ", "{seats}人掛けソファ"), "A deep, comfortable sofa with removable covers.", complements=("rug",)),
    _kind("rug", "Home > Rugs", "rug", 24, (39, 699), FURNITURE,
          {"material": ("wool", "jute", "cotton"), "color": ("beige", "grey", "blue", "green", "cream"),
           "size": ("120x170 cm", "160x230 cm", "200x300 cm")},
          ("{brand} {Color} {Material} Rug {size}", "{brand} Hand-Woven {Material} Area Rug, {Color}, {size}"),
          ("ラグ {material_ja} {color_ja} {size}",), ("rug", "area rug", "{material} rug", "living room rug"),
          ("ラグ", "ラグマット"), "A soft rug that warms up a room.",
          price_by=("size", {"120x170 cm": (39, 199), "160x230 cm": (89, 399), "200x300 cm": (149, 699)})),
    _kind("cookware", "Home > Kitchen > Cookware", "{style}", 25, (19, 249), KITCHEN,
          {"style": ("frying pan", "saucepan", "dutch oven"), "material": ("stainless steel", "cast iron", "non-stick"),
           "diameter": ("20", "24", "28")},
          ("{brand} {Material} {Style} {diameter} cm", "{brand} {Style}, {Material}, {diameter} cm"),
          ("{style_ja} {diameter}cm {material_ja}",), ("{style}", "{material} {style}", "pan", "cookware"),
          ("{style_ja}", "鍋"), "Even heating on every hob, including induction."),
    _kind("mug", "Home > Kitchen > Tableware", "mug", 18, (8, 45), KITCHEN,
          {"material": ("stoneware", "porcelain"), "color": ("white", "black", "blue", "green", "cream"),
           "pack": ("1", "2", "4")},
          ("{brand} {Color} {Material} Mug Set of {pack}", "{brand} {Material} Coffee Mug, {Color}"),
          ("マグカップ {material_ja} {color_ja} {pack}個セット",), ("mug", "coffee mug", "mug set"), ("マグカップ",),
          "Dishwasher-safe mugs with a comfortable handle."),
    _kind("coffee_maker", "Home > Kitchen > Coffee Makers", "coffee maker", 15, (15, 199), KITCHEN,
          {"style": ("french press", "pour-over dripper", "drip coffee maker"), "color": ("black", "silver", "white")},
          ("{brand} {Style}, {Color}", "{brand} {Color} {Style}"), ("{style_ja} {color_ja}",),
          ("{style}", "coffee maker", "coffee machine"), ("{style_ja}", "コーヒーメーカー"),
          "Brews a full-bodied cup in minutes.", complements=("coffee", "coffee_filter")),
    # Grocery (consumables)
    _kind("coffee", "Grocery > Coffee & Tea > Coffee", "coffee", 35, (6, 42),
          ("Hillside Roasters", "Casa Verde", "Morning Field", "Kumo Coffee"),
          {"origin": ("colombia", "ethiopia", "brazil", "guatemala"), "roast": ("light", "medium", "dark"),
           "form": ("whole bean", "ground"), "weight": ("250g", "500g", "1kg")},
          ("{brand} {Origin} {Roast} Roast Coffee, {Form}, {weight}", "{brand} {Roast} Roast {Form} Coffee {weight}"),
          ("コーヒー豆 {origin_ja} {roast_ja} {weight}", "{brand} コーヒー {form_ja} {roast_ja} {weight}"),
          ("coffee", "{roast} roast coffee", "coffee beans", "{origin} coffee", "ground coffee"),
          ("コーヒー豆", "コーヒー {roast_ja}"), "Freshly roasted, single-origin coffee.",
          consumable=True, complements=("coffee_filter",),
          price_by=("weight", {"250g": (6, 14), "500g": (10, 24), "1kg": (18, 42)})),
    _kind("coffee_filter", "Grocery > Coffee & Tea > Coffee Filters", "coffee filter", 10, (3, 9),
          ("Morning Field", "Casa Verde", "Hillside Roasters"),
          {"size": ("2", "4"), "color": ("white", "brown"), "pack": ("80", "100", "200")},
          ("{brand} Paper Coffee Filters, Size {size}, {pack} Count",), ("コーヒーフィルター {size}号 {pack}枚",),
          ("coffee filters", "paper filters", "filter papers"), ("コーヒーフィルター",),
          "Paper filters for a clean cup.", consumable=True),
    _kind("tea", "Grocery > Coffee & Tea > Tea", "tea", 35, (3, 20),
          ("Kumo Tea", "Sakura-en", "Morning Field", "Hillside Roasters"),
          {"kind": ("green tea", "black tea", "oolong tea", "chamomile tea", "earl grey tea"),
           "pack": ("20", "50", "100")},
          ("{brand} {Kind}, {pack} Tea Bags", "{brand} Organic {Kind} Bags, {pack} Count"),
          ("{kind_ja} ティーバッグ {pack}袋", "{brand} {kind_ja} ティーバッグ {pack}袋入"),
          ("{kind}", "{kind} bags", "tea", "tea bags"), ("{kind_ja}", "{kind_ja} ティーバッグ"),
          "Whole-leaf tea in biodegradable bags.", consumable=True,
          price_by=("pack", {"20": (3, 7), "50": (5, 12), "100": (8, 20)})),
    _kind("pasta", "Grocery > Pasta & Rice > Pasta", "pasta", 24, (2, 8), PANTRY,
          {"shape": ("spaghetti", "penne", "fusilli", "rigatoni"),
           "grain": ("durum wheat", "whole wheat", "gluten-free"), "weight": ("500g", "1kg")},
          ("{brand} {Shape} {Grain} Pasta {weight}", "{brand} {Grain} {Shape}, {weight}"),
          ("{shape_ja} {grain_ja} {weight}",), ("{shape}", "pasta", "{grain} pasta", "{grain} {shape}"),
          ("{shape_ja}", "パスタ"), "Bronze-cut pasta that holds the sauce.", consumable=True),
    _kind("snacks", "Grocery > Snacks", "{style}", 40, (2, 12), PANTRY,
          {"style": ("potato chips", "dark chocolate", "mixed nuts", "granola bars", "rice crackers"),
           "flavor": ("sea salt", "honey", "chili", "original"), "weight": ("100g", "200g", "400g")},
          ("{brand} {Flavor} {Style} {weight}", "{brand} {Style}, {Flavor}, {weight}"),
          ("{style_ja} {flavor_ja} {weight}",), ("{style}", "snacks", "{flavor} {style}"), ("{style_ja}", "お菓子"),
          "A snack for the afternoon slump.", consumable=True),
)
TYPE_BY_KEY = {t.key: t for t in TYPES}
CONFUSABLE = {"shirt_dress": "dress_shirt", "dress_shirt": "shirt_dress", "laptop": "laptop_sleeve",
              "laptop_sleeve": "laptop", "table_lamp": "lamp_table", "lamp_table": "table_lamp",
              "phone": "phone_case", "phone_case": "phone"}
"""Search results a careless engine mixes up: shoppers sometimes open them, rarely buy them."""

JA = {  # attribute values in Japanese, for Japanese titles and queries (attributes stay English)
    "black": "黒", "white": "白", "navy": "ネイビー", "grey": "グレー", "beige": "ベージュ", "blue": "青",
    "light blue": "水色", "green": "緑", "red": "赤", "pink": "ピンク", "olive": "オリーブ", "silver": "シルバー",
    "brown": "ブラウン", "cream": "クリーム", "gold": "ゴールド", "clear": "クリア",
    "cotton": "綿", "linen": "リネン", "denim": "デニム", "silk": "シルク", "viscose": "レーヨン",
    "organic cotton": "オーガニックコットン", "non-iron cotton": "形態安定", "poplin": "ブロード", "oxford cotton": "オックスフォード",
    "flannel": "フランネル", "leather": "レザー", "suede": "スエード", "canvas": "キャンバス", "wool": "ウール",
    "nylon": "ナイロン", "neoprene": "ネオプレン", "felt": "フェルト", "aluminium": "アルミ", "wood": "木製",
    "silicone": "シリコン", "plastic": "プラスチック", "brass": "真鍮", "ceramic": "陶器", "oak": "オーク",
    "walnut": "ウォールナット", "pine": "パイン", "marble": "大理石", "paper": "紙", "glass": "ガラス", "steel": "スチール",
    "velvet": "ベルベット", "jute": "ジュート", "stainless steel": "ステンレス", "cast iron": "鋳鉄", "non-stick": "フッ素加工",
    "stoneware": "ストーンウェア", "porcelain": "磁器", "slim fit": "スリムフィット", "regular fit": "レギュラーフィット",
    "skinny": "スキニー", "straight": "ストレート", "wide leg": "ワイド", "slim": "スリム", "relaxed": "リラックス",
    "wrap dress": "ラップワンピース", "midi dress": "ミディ丈ワンピース", "maxi dress": "マキシワンピース",
    "sneakers": "スニーカー", "ankle boots": "ショートブーツ", "loafers": "ローファー", "derby shoes": "革靴",
    "chelsea boots": "サイドゴアブーツ", "bomber jacket": "ボンバージャケット", "denim jacket": "デニムジャケット",
    "parka": "モッズコート", "rain jacket": "レインジャケット", "over-ear": "オーバーイヤー", "in-ear": "カナル型",
    "on-ear": "オンイヤー", "warm white": "電球色", "daylight": "昼光色", "frying pan": "フライパン", "saucepan": "片手鍋",
    "dutch oven": "両手鍋", "french press": "フレンチプレス", "pour-over dripper": "コーヒードリッパー",
    "drip coffee maker": "コーヒーメーカー", "colombia": "コロンビア", "ethiopia": "エチオピア", "brazil": "ブラジル",
    "guatemala": "グアテマラ", "light": "浅煎り", "medium": "中煎り", "dark": "深煎り", "whole bean": "豆", "ground": "粉",
    "green tea": "緑茶", "black tea": "紅茶", "oolong tea": "烏龍茶", "chamomile tea": "カモミールティー",
    "earl grey tea": "アールグレイ", "spaghetti": "スパゲッティ", "penne": "ペンネ", "fusilli": "フジッリ",
    "rigatoni": "リガトーニ", "durum wheat": "デュラム小麦", "whole wheat": "全粒粉", "gluten-free": "グルテンフリー",
    "potato chips": "ポテトチップス", "dark chocolate": "ダークチョコレート", "mixed nuts": "ミックスナッツ",
    "granola bars": "グラノーラバー", "rice crackers": "せんべい", "sea salt": "塩", "honey": "はちみつ",
    "chili": "ピリ辛", "original": "プレーン",
}
DEPARTMENT_JA = {"Clothing": "毎日着やすい定番アイテムです。", "Electronics": "メーカー保証付きの正規品です。",
                 "Home": "暮らしになじむシンプルなデザインです。", "Grocery": "毎日の食卓におすすめです。"}
TYPOS = {"laptop": "labtop", "headphones": "headphnes", "sleeve": "sleve", "shirt": "shrit", "dress": "dres",
         "coffee": "cofee", "lamp": "lmap", "phone": "phnoe", "black": "balck", "jeans": "jenas", "sofa": "sopha",
         "table": "tabel", "charger": "charher", "monitor": "moniter", "tea": "tee"}


class _Dice:
    """Scalar draws from one numpy Generator, buffered so that the simulation stays fast."""

    def __init__(self, rng: np.random.Generator):
        self._rng, self._buffer, self._next = rng, [], 0

    def random(self) -> float:
        if self._next == len(self._buffer):
            self._buffer, self._next = self._rng.random(8192).tolist(), 0
        self._next += 1
        return self._buffer[self._next - 1]

    def chance(self, p: float) -> bool:
        return self.random() < p

    def index(self, n: int) -> int:
        return min(int(self.random() * n), n - 1)

    def pick(self, seq):
        return seq[self.index(len(seq))]

    def weighted(self, seq, cumulative: list[float]):
        return seq[min(bisect.bisect_right(cumulative, self.random() * cumulative[-1]), len(seq) - 1)]

    def sample(self, seq, k: int) -> list:
        pool = list(seq)
        for i in range(min(k, len(pool))):
            j = i + self.index(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def normal(self) -> float:
        return math.sqrt(-2 * math.log(1 - self.random())) * math.cos(2 * math.pi * self.random())

    def exponential(self, mean: float) -> float:
        return -mean * math.log(1 - self.random())


def _cumulative(weights) -> list[float]:
    return list(accumulate(float(w) for w in weights))


@dataclass(eq=False)
class _Product:
    ptype: ProductType
    brand: str
    attrs: dict[str, str]
    language: str
    price_usd: float
    in_stock: bool
    popularity: float
    row: dict = field(default_factory=dict)
    price_z: float = 0.0                     # log price, standardised within its kind

    @property
    def item_id(self) -> str:
        return self.row["item_id"]


def _capitalised(value: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in value.split(" "))


def _template_values(brand: str, attrs: dict[str, str]) -> dict[str, str]:
    values = {"brand": brand}
    for key, value in attrs.items():
        values[key], values[key.capitalize()], values[key + "_ja"] = value, _capitalised(value), JA.get(value, value)
    return values


def _shop_price(usd: float, language: str) -> float | int:
    """Shelf prices: 1,980 yen, 1,299.99, 49.99, 4.49."""
    if language == "ja":
        return max(100, round(usd * JPY_PER_USD / 100) * 100 - 20)
    if usd >= 200:
        return round(round(usd / 10) * 10 - 0.01, 2)
    if usd >= 20:
        return round(round(usd) - 0.01, 2)
    return round(max(0.5, round(usd * 2) / 2) - 0.01, 2)


def _draw_product(ptype: ProductType, dice: _Dice) -> _Product:
    brand_rank = dice.index(len(ptype.brands))
    brand = ptype.brands[brand_rank]
    attrs = {k: dice.pick(v[brand] if isinstance(v, dict) else v) for k, v in ptype.options.items()}
    lo, hi = ptype.price_by[1][attrs[ptype.price_by[0]]] if ptype.price_by else ptype.price
    position = 0.5 * dice.random() + 0.5 * (brand_rank + dice.random()) / len(ptype.brands)  # brands are priced apart
    return _Product(ptype, brand, attrs, "ja" if dice.chance(JAPANESE_SHARE) else "en", lo * (hi / lo) ** position,
                    in_stock=not dice.chance(OUT_OF_STOCK_SHARE), popularity=math.exp(1.3 * dice.normal()))


def _item_row(product: _Product, item_id: str, created_at: int, dice: _Dice) -> dict:
    ptype, values = product.ptype, _template_values(product.brand, product.attrs)
    attributes = {"product_type": ptype.product_type.format(**values), **product.attrs,
                  "language": product.language, "dataset": "synthetic"}
    if product.language == "ja":
        title = dice.pick(ptype.titles_ja).format(**values)
        details = "".join(f"{label}: {values[key + '_ja']}。" for key, label in (("color", "色"), ("material", "素材"))
                          if key in product.attrs)
        description = f"{title}。{DEPARTMENT_JA[ptype.department]}{details}"
    else:
        title = dice.pick(ptype.titles).format(**values)
        details = "; ".join(f"{key.replace('_', ' ')}: {value}" for key, value in product.attrs.items())
        description = f"{title}. {ptype.blurb} {details[:1].upper()}{details[1:]}."
    row = {"item_id": item_id, "title": title, "description": description, "category": ptype.category,
           "brand": product.brand, "price": _shop_price(product.price_usd, product.language),
           "currency": "JPY" if product.language == "ja" else "USD", "in_stock": product.in_stock,
           "attributes": attributes}
    if not dice.chance(0.05):
        row["image_url"] = f"https://images.example.com/synthetic/{item_id.lower()}.jpg"
    row["created_at"] = _iso(created_at)
    return row


def _make_catalogue(dice: _Dice, before: int) -> list[_Product]:
    """Every kind's items, in shuffled id order; all were listed in the two years before `before`."""
    products = [_draw_product(ptype, dice) for ptype in TYPES
                for _ in range(round(ptype.count * (0.85 + 0.3 * dice.random())))]
    products = dice.sample(products, len(products))
    for n, product in enumerate(products, 1):
        product.row = _item_row(product, f"SKU-{n:05d}", before - int((1 + 700 * dice.random()) * 86400), dice)
    for ptype in TYPES:
        kind = [p for p in products if p.ptype is ptype]
        logs = [math.log(p.price_usd) for p in kind]
        mean = sum(logs) / len(logs)
        spread = math.sqrt(sum((x - mean) ** 2 for x in logs) / len(logs)) or 1.0
        for product, x in zip(kind, logs):
            product.price_z = (x - mean) / spread
    return products


# --------------------------------------------------------------------------------------------
# Shoppers: latent tastes
# --------------------------------------------------------------------------------------------

@dataclass
class _Shopper:
    user_id: str
    language: str                  # "ja": views Japanese items, types Japanese queries
    departments: tuple[str, ...]
    types: tuple[str, ...]         # preferred product kinds (keys)
    brands: frozenset[str]
    colors: frozenset[str]
    price_sensitivity: float       # > 0 prefers cheaper items of a kind, < 0 pricier ones
    sessions_per_month: float      # long-tailed activity
    cart_rate: float               # chance a session puts something in the cart
    checkout_rate: float           # chance a cart is bought
    app_share: float
    restock_days: int              # how often consumables run out


def _make_shoppers(dice: _Dice, n_users: int) -> list[_Shopper]:
    departments, weights = list(DEPARTMENT_WEIGHTS), _cumulative(DEPARTMENT_WEIGHTS.values())
    width = max(4, len(str(n_users)))
    shoppers = []
    for n in range(1, n_users + 1):
        wanted = 1 + (dice.random() > 0.45) + (dice.random() > 0.75)
        chosen: list[str] = []
        while len(chosen) < wanted:
            department = dice.weighted(departments, weights)
            if department not in chosen:
                chosen.append(department)
        side = "Women" if dice.chance(0.55) else "Men"
        types: list[ProductType] = []
        for department in chosen:
            pool = [t for t in TYPES if t.department == department
                    and (department != "Clothing" or t.category.split(" > ")[1] == side)]
            types += dice.sample(pool, 2 + dice.index(3))
        shoppers.append(_Shopper(
            user_id=f"U{n:0{width}d}", language="ja" if dice.chance(JAPANESE_SHARE) else "en",
            departments=tuple(chosen), types=tuple(t.key for t in types),
            brands=frozenset(dice.pick(t.brands) for t in types if dice.chance(0.7)),
            colors=frozenset(dice.sample(SHOPPER_COLORS, 2)),
            price_sensitivity=0.3 + 0.6 * dice.normal(),
            sessions_per_month=min(60.0, 2.2 * math.exp(0.8 * dice.normal())),
            cart_rate=0.25 + 0.35 * dice.random(), checkout_rate=0.45 + 0.4 * dice.random(),
            app_share=dice.random(), restock_days=14 + dice.index(17)))
    return shoppers


# --------------------------------------------------------------------------------------------
# Journeys: sessions of searches, views, carts and orders
# --------------------------------------------------------------------------------------------

class _Session:
    """One visit: events a few seconds to minutes apart, sharing a session id and a channel."""

    def __init__(self, journey: _Journey, t: float, channel: str):
        self.journey, self.t, self.channel = journey, t, channel
        journey.sessions += 1
        self.session_id = f"{journey.shopper.user_id}-S{journey.sessions:03d}"
        self.query: str | None = None
        self.cart: list[tuple[_Product, int]] = []

    def emit(self, kind: str, product: _Product | None = None, quantity: int | None = None,
             price: float | None = None, gap: float = 25.0) -> None:
        self.t += 2 + self.journey.dice.exponential(gap)
        self.journey.record(self, kind, product, quantity, price)

    def search(self, query: str) -> None:
        self.query = query
        self.emit("search", gap=8)

    def add(self, product: _Product) -> None:
        dice = self.journey.dice
        quantity = 1 + dice.chance(0.35) + dice.chance(0.1) if product.ptype.consumable else 1 + dice.chance(0.04)
        self.cart.append((product, quantity))
        self.emit("add_to_cart", product, quantity=quantity, gap=15)

    def checkout(self) -> None:
        for product, quantity in self.cart:
            self.emit("purchase", product, quantity=quantity, price=product.row["price"], gap=1)
            if product.ptype.consumable:
                self.journey.stock_up(product, self.t)
        self.cart = []


class _Journey:
    """Everything one shopper does over the window."""

    def __init__(self, shopper: _Shopper, by_type: dict[str, list[_Product]], dice: _Dice,
                 start: int, end: int, out: list):
        self.shopper, self.by_type, self.dice, self.start, self.end, self.out = shopper, by_type, dice, start, end, out
        self.sessions = 0
        self.staples: list[_Product] = []
        self.next_restock: float | None = None
        self._weights: dict[tuple, tuple[list[_Product], list[float]]] = {}
        self._kinds = list(TYPE_BY_KEY)
        self._kind_weights = _cumulative(t.count for t in TYPES)

    def record(self, session: _Session, kind, product, quantity, price) -> None:
        if session.t < self.end:
            query = session.query if session.query is not None and kind != "remove_from_cart" else None
            self.out.append((int(session.t), len(self.out), self.shopper.user_id, session.session_id, session.channel,
                             kind, product.item_id if product else None, query, quantity, price))

    # ---- taste ----
    def weight(self, product: _Product, cheap: bool) -> float:
        s, w = self.shopper, product.popularity
        if product.brand in s.brands:
            w *= 3.0
        if product.attrs.get("color") in s.colors:
            w *= 2.0
        if product.language != s.language:
            w *= 0.03 if s.language == "en" else 0.1
        return w * math.exp(-(s.price_sensitivity + (1.2 if cheap else 0.0)) * product.price_z)

    def choose(self, key: str, color: str | None = None, cheap: bool = False, in_stock: bool = False,
               match: tuple[str, str] | None = None) -> _Product | None:
        cache_key = (key, color, cheap, in_stock, match)
        if cache_key not in self._weights:
            pool = [p for p in self.by_type[key] if (color is None or p.attrs.get("color") == color)
                    and (not in_stock or p.in_stock) and (match is None or p.attrs.get(match[0]) == match[1])]
            self._weights[cache_key] = (pool, _cumulative(self.weight(p, cheap) for p in pool))
        pool, cumulative = self._weights[cache_key]
        return self.dice.weighted(pool, cumulative) if pool else None

    def pick_kind(self) -> str:
        if self.dice.chance(0.85):
            return self.dice.pick(self.shopper.types)
        return self.dice.weighted(self._kinds, self._kind_weights)

    def query_for(self, target: _Product) -> tuple[str, str | None, bool]:
        """What this shopper types to find `target`; also the colour it names and whether it says cheap."""
        dice, ptype = self.dice, target.ptype
        values = _template_values(target.brand, target.attrs)
        cheap = self.shopper.price_sensitivity > 0.5 and dice.chance(0.35)
        color = target.attrs.get("color") if dice.chance(0.45) else None
        if self.shopper.language == "ja" and dice.chance(0.85):
            noun = dice.pick(ptype.queries_ja).format(**values)
            words = (["安い"] if cheap else []) + ([JA.get(color, color)] if color else []) + [noun]
            return " ".join(words), color, cheap
        noun = dice.pick(ptype.queries).format(**values)
        words = [target.brand] if dice.chance(0.06) else ["cheap"] if cheap else []
        words += [color] if color and color not in noun else []
        query = " ".join(words + [noun]).lower()
        return (_typo(query, dice) if dice.chance(0.06) else query), color, cheap

    # ---- sessions ----
    def run(self) -> None:
        s, dice = self.shopper, self.dice
        days = (self.end - self.start) / 86400
        n = int(s.sessions_per_month * days / 30 + dice.random())
        hours = _cumulative(HOUR_WEIGHTS)
        starts = sorted(self.start + dice.index(int(days)) * 86400 + dice.weighted(range(24), hours) * 3600
                        + dice.index(3600) for _ in range(n))
        for t in starts:
            while self.next_restock is not None and self.next_restock < t:
                self.restock(self.next_restock)
            r = dice.random()
            if r < 0.04:
                self.in_store(t)
            elif r < 0.55:
                self.search_session(t)
            else:
                self.browse_session(t)
        while self.next_restock is not None and self.next_restock < self.end:
            self.restock(self.next_restock)

    def channel(self) -> str:
        return "app" if self.dice.chance(self.shopper.app_share) else "web"

    def search_session(self, t: float) -> None:
        dice, key = self.dice, self.pick_kind()
        target = self.choose(key)
        query, color, cheap = self.query_for(target)
        session = _Session(self, t, self.channel())
        session.search(query)
        viewed = []
        for i in range(1 + int(dice.exponential(1.5))):
            if i == 0 and dice.chance(0.6):
                product = target
            elif key in CONFUSABLE and dice.chance(0.1):
                product = self.choose(CONFUSABLE[key])
            else:
                product = self.choose(key, color, cheap) or self.choose(key)
            if dice.chance(0.7):
                session.emit("click", product, gap=6)
            session.emit("view", product, gap=30)
            viewed.append(product)
        self.maybe_buy(session, [p for p in viewed if p.ptype.key == key])

    def browse_session(self, t: float) -> None:
        dice, key = self.dice, self.pick_kind()
        session = _Session(self, t, self.channel())
        viewed = []
        for _ in range(1 + int(dice.exponential(2.0))):
            product = self.choose(key)
            if dice.chance(0.35):  # from a recommendation or a category listing
                session.emit("click", product, gap=10)
            session.emit("view", product, gap=40)
            viewed.append(product)
        self.maybe_buy(session, viewed)

    def maybe_buy(self, session: _Session, viewed: list[_Product]) -> None:
        dice, s = self.dice, self.shopper
        wanted = [p for p in viewed if p.in_stock]
        if not wanted or not dice.chance(s.cart_rate):
            return
        main = dice.pick(wanted)
        session.add(main)
        if main.ptype.complements and dice.chance(0.5):
            extra = self.complement(main)
            if extra is not None:
                session.emit("view", extra, gap=20)
                session.add(extra)
        if dice.chance(0.12):
            product, _ = session.cart.pop(dice.index(len(session.cart)))
            session.emit("remove_from_cart", product, gap=20)
        if session.cart and dice.chance(s.checkout_rate):
            session.checkout()

    def complement(self, main: _Product) -> _Product | None:
        key = self.dice.pick(main.ptype.complements)
        match_attr = main.ptype.match
        if match_attr and match_attr in TYPE_BY_KEY[key].options:
            found = self.choose(key, in_stock=True, match=(match_attr, main.attrs[match_attr]))
            if found is not None:
                return found
        return self.choose(key, in_stock=True)

    def in_store(self, t: float) -> None:
        session = _Session(self, t, "store")
        for _ in range(1 + self.dice.chance(0.3)):
            product = self.choose(self.dice.pick(self.shopper.types), in_stock=True)
            if product is not None:
                session.cart.append((product, 1))
        session.checkout()

    def stock_up(self, product: _Product, t: float) -> None:
        """A consumable was bought: it becomes a staple, bought again when it runs out."""
        if product not in self.staples:
            self.staples.append(product)
        if self.next_restock is None:
            self.next_restock = t + self.shopper.restock_days * 86400 * (0.8 + 0.4 * self.dice.random())

    def restock(self, t: float) -> None:
        dice = self.dice
        self.next_restock = t + self.shopper.restock_days * 86400 * (0.8 + 0.4 * dice.random())
        t += dice.index(3600)
        if dice.chance(0.25):
            session = _Session(self, t, "store")
            session.cart = [(p, 1 + dice.chance(0.3)) for p in self.staples if dice.chance(0.85) and p.in_stock]
            session.checkout()
            return
        session = _Session(self, t, self.channel())
        for product in self.staples:
            if dice.chance(0.85) and product.in_stock:
                if dice.chance(0.5):
                    session.emit("view", product, gap=15)
                session.add(product)
        if dice.chance(0.2):
            session.emit("view", self.choose(dice.pick(self.staples).ptype.key), gap=30)
        if session.cart and dice.chance(0.95):
            session.checkout()


def _typo(query: str, dice: _Dice) -> str:
    words = query.split(" ")
    known = [i for i, w in enumerate(words) if w in TYPOS]
    if known:
        i = dice.pick(known)
        words[i] = TYPOS[words[i]]
    else:
        long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isascii()]
        if long:
            i = dice.pick(long)
            j = dice.index(len(words[i]) - 1)
            w = words[i]
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


# --------------------------------------------------------------------------------------------
# Assembly and files
# --------------------------------------------------------------------------------------------

def _iso(t: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def _event_rows(raw: list[tuple]) -> list[dict]:
    raw.sort(key=lambda e: (e[0], e[1]))
    width = max(7, len(str(len(raw))))
    rows = []
    for n, (t, _, user_id, session_id, channel, kind, item_id, query, quantity, price) in enumerate(raw, 1):
        row = {"event_id": f"E{n:0{width}d}", "user_id": user_id, "type": kind}
        if item_id is not None:
            row["item_id"] = item_id
        row.update(timestamp=_iso(t), session_id=session_id, channel=channel)
        for key, value in (("query", query), ("quantity", quantity), ("price", price)):
            if value is not None:
                row[key] = value
        rows.append(row)
    return rows


def _window(days: int, end: datetime | None) -> tuple[int, int]:
    end = end or DEFAULT_END
    if end.tzinfo is None:
        end = end.replace(tzinfo=timezone.utc)
    end_s = math.floor(end.timestamp())
    return end_s - days * 86400, end_s


def _streams(seed: int) -> list[np.random.Generator]:
    """Independent streams for the catalogue, the shoppers and their journeys: the catalogue does
    not change with `n_users`, and the shoppers not with `days`."""
    return np.random.default_rng(seed).spawn(3)


def _shoppers(*, n_users: int = 2000, seed: int = 7) -> list[_Shopper]:
    """The latent tastes behind `generate_store(n_users=..., seed=...)` (for tests)."""
    return _make_shoppers(_Dice(_streams(seed)[1]), n_users)


def generate_store(*, n_users: int = 2000, days: int = 90, seed: int = 7,
                   end: datetime | None = None) -> SyntheticStore:
    """A synthetic shop: about 1,000 items and the events of `n_users` shoppers over the `days`
    days before `end` (default 2026-11-01T00:00:00Z). Same arguments, same rows."""
    if n_users < 1 or days < 1:
        raise ValueError("n_users and days must be at least 1")
    start, end_s = _window(days, end)
    catalogue_rng, shopper_rng, journey_rng = _streams(seed)
    products = _make_catalogue(_Dice(catalogue_rng), start)
    by_type: dict[str, list[_Product]] = {t.key: [] for t in TYPES}
    for product in products:
        by_type[product.ptype.key].append(product)
    dice, raw = _Dice(journey_rng), []
    for shopper in _make_shoppers(_Dice(shopper_rng), n_users):
        _Journey(shopper, by_type, dice, start, end_s, raw).run()
    return SyntheticStore([p.row for p in sorted(products, key=lambda p: p.item_id)], _event_rows(raw))


README = """SYNTHETIC DATA: invented products, brands, prices, shoppers and behaviour. Nothing here is real.

Generated by Kaiyu (demo.synthetic.generate_store) with {params}.
catalog.jsonl: {items} items, one JSON object per line (Kaiyu's item format).
events.jsonl: {events} events, one JSON object per line, sorted by timestamp (Kaiyu's event format).
The same parameters always produce byte-identical files.
"""


def write_store(directory: str | Path, **kwargs) -> tuple[Path, Path]:
    """Write catalog.jsonl, events.jsonl and a README.txt (which says the data is synthetic and how
    it was generated) into `directory`; `kwargs` go to `generate_store`."""
    bound = inspect.signature(generate_store).bind(**kwargs)
    bound.apply_defaults()
    params = dict(bound.arguments)
    params["end"] = _iso(_window(params["days"], params["end"])[1])
    store = generate_store(**kwargs)
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = directory / "catalog.jsonl", directory / "events.jsonl"
    for path, rows in zip(paths, store):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    text = README.format(params=", ".join(f"{k}={v}" for k, v in params.items()),
                         items=len(store.items), events=len(store.events))
    (directory / "README.txt").write_text(text, encoding="utf-8", newline="\n")
    return paths
