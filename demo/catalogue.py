"""The SYNTHETIC shop's catalogue: products drawn from the kinds, priced, titled and turned into
Kaiyu's item rows."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from demo.dice import Dice
from demo.kinds import DEPARTMENT_JA, JA, TYPES, ProductType

JPY_PER_USD = 150
JAPANESE_SHARE = 0.15        # of items, and of shoppers
OUT_OF_STOCK_SHARE = 0.08


def iso(t: int) -> str:
    """Epoch seconds as the rows' timestamp text."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


@dataclass(eq=False)
class Product:
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


def template_values(brand: str, attrs: dict[str, str]) -> dict[str, str]:
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


def _draw_product(ptype: ProductType, dice: Dice) -> Product:
    brand_rank = dice.index(len(ptype.brands))
    brand = ptype.brands[brand_rank]
    attrs = {k: dice.pick(v[brand] if isinstance(v, dict) else v) for k, v in ptype.options.items()}
    lo, hi = ptype.price_by[1][attrs[ptype.price_by[0]]] if ptype.price_by else ptype.price
    position = 0.5 * dice.random() + 0.5 * (brand_rank + dice.random()) / len(ptype.brands)  # brands are priced apart
    return Product(ptype, brand, attrs, "ja" if dice.chance(JAPANESE_SHARE) else "en", lo * (hi / lo) ** position,
                    in_stock=not dice.chance(OUT_OF_STOCK_SHARE), popularity=math.exp(1.3 * dice.normal()))


def _item_row(product: Product, item_id: str, created_at: int, dice: Dice) -> dict:
    ptype, values = product.ptype, template_values(product.brand, product.attrs)
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
    row["created_at"] = iso(created_at)
    return row


def make_catalogue(dice: Dice, before: int) -> list[Product]:
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
