"""A third blind held-out suite of query understanding, written by an outside reviewer from what a
shop assistant would show, without reading the engine, in vocabularies none of `test_query_kinds`,
`test_query_kinds_heldout`, `test_query_kinds_blind` or `test_query_kinds_blind2` uses: cycling
apparel and parts, office furniture and filing, coffee equipment, hardware and tools, kids'
clothing (English), Japanese outdoor gear with many English-titled imports, a Japanese 100-yen
shop, and Japanese cosmetics with English-titled imports. Shops of 40-80 items, category paths
2-3 levels deep as shops write them ("Helmet Accessories" beside "Road Helmets", "バーナーパーツ"
beside "バーナー・ストーブ", "ランタン用品" beside "ランタン"), marketplace titles.

Every case runs in the setups with category paths (no dense model; the bag-of-words fake
encoder); Japanese queries also with an English-only encoder. Query forms:

1. two_types: "X Y" with both compounds sold ("file box" / "box file", "desk shelf" / "shelf
   desk", "burr grinder" / "grinder burr", "pajama shorts" / "shorts pajamas", ファイルボックス /
   ボックスファイル, シートマスク / マスクシート): the compound asked for first, then every item of
   the head's type above every item of the other type (those naming the head above all);
2. qualifies: a leading word that is a product elsewhere but modifies the head, in two and three
   words and as "Y for X" ("saddle bag", "carbon bottle cage", "visor for helmet", "standing desk
   frame", "espresso machine descaler", "blade for circular saw", "ガス ランタン マントル");
3. accessories: a search of X ranks every real X above every accessory of X ("... for X",
   "X Replacement ...", "X用 Y", "Y X用", "X専用 Y", "X対応 Y", "Xカバー"), with real items whose
   titles carry for/用/対応 about something else (子供用 ランタン, マスク対応 ファンデーション);
4. price: a price word, a colour and a type (some with an audience word): the cheapest real item
   of that colour and type first, no accessory of the type in the top two;
5. brand: "<brand> <type>": that brand's items of the type first, above the brand's accessories
   and other brands' items of the type;
6. mixed: Japanese queries in a shop with many English-titled items: the top three are of the
   query's kind, whatever the language of their titles.

Expectations say what must be on top and what must be below, never a full ordering.

Written blind on 2026-11-30 (161 cases, 66 queries, all with category paths); the engine then
failed 20 (8 queries). What changed after it is in `benchmarks/README.md`; the cases left are
strict xfails (`LIMITS`, through `conftest.known_limit`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from kind_cases import in_groups
from shops import each, items, rows_of
from test_query_kinds import SETUPS, LatinOnlyEncoder, build, catalogue, ranked

from search.engine import SearchEngine


# =============================================================================================
# Shops

HELMETS_ROAD, HELMETS_KIDS = "Cycling > Helmets > Road Helmets", "Cycling > Helmets > Kids' Helmets"
HELMET_ACC = "Cycling > Helmets > Helmet Accessories"
CLOTHING_ACC = "Cycling > Clothing > Clothing Accessories"
CAGES = "Cycling > Hydration > Bottle Cages"

CYCLE = {
    "helmet.corsa": items(HELMETS_ROAD, ("Corsa Aero Road Helmet, MIPS, Matte Black, M 55-59cm", 149.0),
                          ("Corsa Urban Commuter Helmet with Rear LED, Grey", 79.0)),
    "helmet.other": each(("Veltra Ventus Road Helmet, Lightweight, White, L", HELMETS_ROAD, 119.0),
                         ("Trailpeak MTB Helmet for Enduro, Adjustable Visor, Green", "Cycling > Helmets > MTB Helmets", 89.0),
                         ("Kids' Helmet for Balance Bikes and Scooters, Dinosaur Print, 48-52cm", HELMETS_KIDS, 24.99),
                         ("Veltra Junior Helmet, Red, 50-54cm", HELMETS_KIDS, 39.0)),
    "helmet_acc": items(HELMET_ACC, ("Replacement Pads for Corsa Aero Helmet, Set of 9", 14.99),
                        ("Helmet Light Mount, Action Camera Style Adapter", 9.99),
                        ("Waterproof Rain Cover for Cycling Helmet, Hi-Vis Yellow", 12.99),
                        ("Veltra Helmet Replacement Buckle and Strap Kit", 7.99)),
    "visor": items(HELMET_ACC, ("Helmet Replacement Visor for Trailpeak MTB, Black", 19.99),
                   ("Helmet Visor for Road Helmets, Clip-On, Clear", 11.99)),
    "jersey.veltra": items("Cycling > Clothing > Jerseys", ("Veltra Pro Team Jersey, Short Sleeve, Red, Men's M", 79.0),
                           ("Veltra Classic Jersey, Long Sleeve, Navy, Men's L", 89.0)),
    "jersey.other": items("Cycling > Clothing > Jerseys", ("Corsa Climber Jersey, Short Sleeve, Red, Women's S", 65.0),
                          ("Trailpeak Gravel Jersey, Merino Blend, Olive", 95.0),
                          ("Pedalo Essential Cycling Jersey, Red, Unisex", 34.99),
                          ("Corsa Thermal Jersey, Long Sleeve, Black", 99.0)),
    "jersey_acc": items(CLOTHING_ACC, ("Veltra Jersey Pocket Organiser, Waterproof, Red", 19.99),
                        ("Jersey Zip Puller Replacement, 5 Pack, Red", 6.99)),
    "jacket": items("Cycling > Clothing > Jackets", ("Veltra Storm Rain Jacket, Men's, Black, Waterproof", 129.0),
                    ("Pedalo Windproof Cycling Jacket, Men's, Black, Packable", 49.99),
                    ("Corsa Thermal Winter Jacket, Women's, Black", 139.0),
                    ("Pedalo Hi-Vis Commuter Jacket, Men's, Yellow", 44.99),
                    ("Trailpeak Softshell Cycling Jacket, Men's, Black", 89.0),
                    ("Pedalo Lightweight Cycling Jacket, Women's, Black", 39.99)),
    "jacket_acc": items(CLOTHING_ACC, ("Replacement Hood for Veltra Storm Jacket, Black", 19.99),
                        ("Jacket Replacement Zip Slider, Black, 2 Pack", 5.99)),
    "saddle": items("Cycling > Components > Saddles", ("Corsa Race Saddle, Carbon Rails, 143mm, Black", 129.0),
                    ("Veltra Comfort Saddle, Gel, Wide, Black", 39.99), ("Trailpeak MTB Saddle, Short Nose, 155mm", 59.0)),
    "saddle_acc": items("Cycling > Components > Saddle Accessories", ("Waterproof Saddle Cover, Black", 6.99),
                        ("Gel Saddle Cover for Wide Saddles", 12.99)),
    "saddlebag": items("Cycling > Bags > Saddle Bags", ("Veltra Saddle Bag 0.6L, Quick Release, Black", 24.99),
                       ("Trailpeak Bikepacking Saddle Bag 14L, Waterproof", 79.0),
                       ("Corsa Mini Saddle Bag with Tyre Lever Slot", 19.99)),
    "bag": each(("Veltra Top Tube Frame Bag, 1L", "Cycling > Bags > Frame Bags", 22.99),
                ("Trailpeak Handlebar Bag 9L, Roll Top", "Cycling > Bags > Handlebar Bags", 64.0)),
    "bottle": items("Cycling > Hydration > Bottles", ("Pedalo Insulated Water Bottle 600ml, Black", 14.99),
                    ("Veltra Squeeze Bottle 750ml, Clear", 7.99), ("Corsa Team Bottle 550ml, Red", 8.99)),
    "cage.carbon": items(CAGES, ("Corsa Carbon Bottle Cage, 18g, Matte Black", 39.0),
                         ("Trailpeak Side Entry Bottle Cage, Carbon, Black", 44.0)),
    "cage.alloy": items(CAGES, ("Veltra Aluminium Bottle Cage, Silver", 9.99), ("Pedalo Bottle Cage, Nylon, Black", 5.99)),
    "cage_acc": items("Cycling > Hydration > Bottle Cage Accessories", ("Bottle Cage Mount Adapter for Seatpost, Twin", 12.99),
                      ("Replacement Bolts for Bottle Cage, Titanium, 4 Pack", 8.99)),
    "handlebar": items("Cycling > Components > Handlebars", ("Corsa Carbon Handlebar, Compact Drop, 420mm", 189.0)),
    "noise": each(("Pedalo Cycling Cap, Red", "Cycling > Clothing > Caps", 14.99),
                  ("Veltra Full Finger Gloves, Black, M", "Cycling > Clothing > Gloves", 29.99),
                  ("Corsa Bib Shorts, Men's, Black", "Cycling > Clothing > Bib Shorts", 99.0),
                  ("Veltra Front Light 800 Lumen, USB-C", "Cycling > Lights", 49.99),
                  ("Trailpeak Rear Light, USB, Red", "Cycling > Lights", 24.99),
                  ("Pedalo Overshoes, Neoprene, Black", CLOTHING_ACC, 24.99),
                  ("Chain Lube, Dry, 100ml", "Cycling > Maintenance", 7.99),
                  ("Corsa Tyre Levers, 3 Pack", "Cycling > Maintenance", 4.99),
                  ("Reflective Ankle Bands, Black, 2 Pack", CLOTHING_ACC, 6.99)),
}

DESKS, SHELVING = "Office > Furniture > Desks", "Office > Furniture > Shelving"
STORAGE_BOXES, WB, WB_ACC = "Office > Storage > Storage Boxes", "Office > Presentation > Whiteboards", \
    "Office > Presentation > Whiteboard Accessories"

OFFICE = {
    "desk": items(DESKS, ("Hallby Writing Desk, 120x60cm, White", 129.0),
                  ("Fennwick Computer Desk with Drawer, Oak Effect", 149.0),
                  ("Hallby Corner Desk, L-Shaped, Black", 189.0),
                  ("Budgetline Compact Desk, 80x40cm, White", 59.0),
                  ("Fennwick Executive Desk, Walnut Veneer", 499.0)),
    "shelfdesk": items(DESKS, ("Hallby Ladder Shelf Desk, 2 Tier, White", 99.0),
                       ("Fennwick Wall Mounted Shelf Desk, Fold Down, Oak", 79.0),
                       ("Budgetline Shelf Desk with Bookcase, Black", 119.0)),
    "standingdesk": items("Office > Furniture > Standing Desks",
                          ("Liftora Electric Standing Desk, 140x70cm, White", 349.0),
                          ("Liftora Standing Desk, Dual Motor, Black Frame, Oak Top", 449.0),
                          ("Fennwick Manual Crank Standing Desk, White", 229.0)),
    "deskframe": items("Office > Furniture > Standing Desk Parts",
                       ("Liftora Standing Desk Frame, Dual Motor, Black, Top Not Included", 229.0),
                       ("Standing Desk Frame Only, Single Motor, White", 169.0)),
    "desk_acc": items("Office > Furniture > Desk Accessories", ("Under Desk Cable Tray, White, 80cm", 24.99),
                      ("Desk Grommet Cable Hole Cover, 60mm, White, 2 Pack", 5.99),
                      ("Hallby Desk Replacement Legs, Metal, White, Set of 4", 39.0),
                      ("Clamp-On Power Strip for Desk, White", 29.99),
                      ("Standing Desk Anti-Fatigue Mat, Black", 34.99),
                      ("Monitor Riser for Desk, Bamboo", 27.99)),
    "deskshelf": items(SHELVING, ("Hallby Desk Shelf Organiser, 2 Tier, White", 29.99),
                       ("Bamboo Desk Shelf with Drawer, Natural", 34.99), ("Fennwick Metal Desk Shelf, Black, 60cm", 24.99)),
    "shelf": items(SHELVING, ("Hallby 5-Tier Shelf Unit, White", 79.0), ("Budgetline Floating Wall Shelf, Oak, 80cm", 19.99),
                   ("Fennwick Industrial Shelf, 4 Tier, Black Metal", 89.0)),
    "filebox": items(STORAGE_BOXES, ("Archivo File Box with Lid, A4, Cardboard, 10 Pack", 24.99),
                     ("Plastic File Box for Hanging Files, Letter Size, Clear", 19.99),
                     ("Archivo Fabric File Box, Foldable, Grey", 16.99)),
    "boxfile": items("Office > Filing > Box Files", ("Archivo Box File, Foolscap, Lock Spring, Blue", 4.99),
                     ("Box File A4, 75mm Spine, Black, 5 Pack", 17.99),
                     ("Archivo Premium Box File with Press Clip, Red", 5.49)),
    "file": each(("Archivo Lever Arch File, A4, 80mm, Black", "Office > Filing > Lever Arch Files", 3.49),
                 ("Ring Binder File, 2 Ring, A4, Blue, 10 Pack", "Office > Filing > Ring Binders", 14.99),
                 ("Expanding File, 13 Pockets, Grey", "Office > Filing > Expanding Files", 8.99)),
    "box": items(STORAGE_BOXES, ("Stackable Storage Box 32L, Clear, with Lid", 12.99),
                 ("Archivo Archive Box, Heavy Duty, 10 Pack", 29.99), ("Magazine Box, Cardboard, White, 5 Pack", 9.99)),
    "wb.fennwick": items(WB, ("Fennwick Magnetic Whiteboard, 90x60cm, Aluminium Frame", 49.99),
                         ("Fennwick Mobile Whiteboard on Wheels, Double Sided", 219.0)),
    "wb.other": items(WB, ("Budgetline Dry Erase Whiteboard, 60x45cm", 19.99),
                      ("Glass Whiteboard, Frameless, White, 120x90cm", 129.0),
                      ("Whiteboard for Kids' Room, Wall Mounted, 60x40cm", 24.99)),
    "wb_marker": items(WB_ACC, ("Whiteboard Marker Pens, Assorted, 12 Pack", 7.99),
                       ("Fennwick Whiteboard Markers, Black, Fine Tip, 4 Pack", 4.99)),
    "wb_eraser": items(WB_ACC, ("Magnetic Whiteboard Eraser, Felt", 3.99), ("Whiteboard Eraser with 10 Refill Pads", 8.99)),
    "wb_acc": items(WB_ACC, ("Fennwick Whiteboard Replacement Pen Tray, 60cm", 9.99),
                    ("Wall Mounting Kit for Whiteboard, Screws and Anchors", 6.99),
                    ("Whiteboard Cleaning Spray, 250ml", 5.49)),
    "eraser_other": items("Office > Stationery > Erasers", ("Pencil Eraser, White, 4 Pack", 1.99)),
    "marker_other": items("Office > Stationery > Markers", ("Permanent Marker, Black, 12 Pack", 6.49)),
    "noise": each(("Fennwick Ergonomic Office Chair, Mesh, Black", "Office > Furniture > Office Chairs", 189.0),
                  ("Hallby Task Chair, Grey Fabric", "Office > Furniture > Office Chairs", 79.0),
                  ("Paper Shredder, Cross Cut, 12 Sheet", "Office > Equipment > Shredders", 89.0),
                  ("A4 Copier Paper, 500 Sheets", "Office > Paper", 5.49),
                  ("Cork Notice Board, 60x45cm", "Office > Presentation > Notice Boards", 14.99),
                  ("Desk Organiser, Mesh, Black", "Office > Desk Organisers", 12.99)),
}

BURR_GRINDERS, GRINDER_PARTS = "Coffee > Grinders > Burr Grinders", "Coffee > Grinders > Grinder Parts"
ESPRESSO_ACC = "Coffee > Espresso Machine Accessories"

COFFEE = {
    "bgrinder.baristo": items(BURR_GRINDERS, ("Baristo Conical Burr Grinder, 40 Settings, Black", 129.0),
                              ("Baristo Hand Burr Grinder, Stainless Steel, Manual", 59.0)),
    "bgrinder.other": items(BURR_GRINDERS, ("Moliza Flat Burr Grinder for Espresso, Silver", 249.0),
                            ("Kornmill Electric Burr Grinder, Matte White", 89.0)),
    "blgrinder": items("Coffee > Grinders > Blade Grinders", ("Kornmill Blade Grinder, 200W, Black", 19.99),
                       ("Moliza Spice and Coffee Blade Grinder, White", 24.99)),
    "burr.baristo": items(GRINDER_PARTS, ("Baristo Replacement Grinder Burr Set, Conical, 40mm", 34.99)),
    "burr.other": items(GRINDER_PARTS, ("Grinder Burr for Moliza Flat Burr Grinder, 64mm", 49.0),
                        ("Kornmill Upper Grinder Burr, Replacement", 19.99)),
    "burr_plain": items(GRINDER_PARTS, ("Aftermarket Flat Burrs, 64mm, Coated", 89.0)),
    "grinder_acc.baristo": items("Coffee > Grinders > Grinder Accessories",
                                 ("Baristo Grinder Cleaning Brush, Natural Bristle", 6.99),
                                 ("Grinder Replacement Hopper, 250g, for Baristo Conical", 14.99)),
    "grinder_acc.other": items("Coffee > Grinders > Grinder Accessories", ("Moliza Grinder Dosing Cup, 58mm", 17.99),
                               ("Grinder Cleaning Tablets, 430g", 13.99)),
    "espresso": items("Coffee > Espresso Machines", ("Moliza Classica Espresso Machine, 15 Bar, Stainless Steel", 299.0),
                      ("Crema Casa Compact Espresso Machine, White", 149.0),
                      ("Moliza Dual Boiler Espresso Machine, PID, Black", 1199.0),
                      ("Crema Casa Espresso Machine with Milk Frother, White", 189.0),
                      ("Baristo Manual Lever Espresso Machine, Chrome", 449.0),
                      ("Brewlo Espresso Machine for Beginners, 20 Bar, Red", 99.0)),
    "espresso_acc": items(ESPRESSO_ACC, ("Espresso Machine Replacement Group Gasket, 8.5mm", 5.99),
                          ("Dust Cover for Espresso Machine, Quilted, White", 19.99),
                          ("Crema Casa Replacement Water Tank, White", 24.99),
                          ("Portafilter Basket for Moliza Espresso Machine, Double Shot", 12.99),
                          ("Knock Box for Espresso, Black", 14.99)),
    "descaler": items(ESPRESSO_ACC + " > Descaling", ("Espresso Machine Descaler, Liquid, 500ml", 11.99),
                      ("Descaler for Espresso Machines and Kettles, 2 Pack", 9.99),
                      ("Moliza Descaling Solution for Espresso Machines, 250ml", 8.49)),
    "kdescaler": items("Coffee > Kettles > Kettle Accessories", ("Kettle Descaler Tablets, 8 Pack", 4.99)),
    "espresso_clean": items(ESPRESSO_ACC + " > Cleaning", ("Espresso Machine Cleaning Tablets, 100 Pack", 12.99)),
    "noise": each(("Gooseneck Pour Over Kettle, 1L, Black", "Coffee > Brewing > Kettles", 49.0),
                  ("Ceramic Pour Over Dripper, White", "Coffee > Brewing > Pour Over", 19.99),
                  ("Paper Filters for Dripper, 100 Pack", "Coffee > Brewing > Pour Over", 4.99),
                  ("Coffee Scale with Timer, 0.1g", "Coffee > Scales", 24.99),
                  ("Milk Frothing Jug, 600ml, Stainless", "Coffee > Espresso Tools", 14.99),
                  ("Baristo Tamper, 58mm, Walnut Handle", "Coffee > Espresso Tools", 29.99),
                  ("Cold Brew Maker, 1L, Glass", "Coffee > Brewing > Cold Brew", 22.99),
                  ("Moka Pot, 6 Cup, Aluminium", "Coffee > Brewing > Stovetop", 27.99),
                  ("French Press, 1L, Glass", "Coffee > Brewing > French Press", 19.99),
                  ("Espresso Cups, Set of 4, White", "Coffee > Cups & Mugs", 16.99),
                  ("Baristo Coffee Canister, Vacuum, Black", "Coffee > Storage", 21.99)),
}

SAW_BLADES, SANDERS, HANDLES = "Tools > Power Tool Accessories > Saw Blades", "Tools > Power Tools > Sanders", \
    "Tools > Hand Tools > Replacement Handles"

TOOLS = {
    "csaw": items("Tools > Power Tools > Circular Saws", ("Torvik 18V Cordless Circular Saw, 165mm, Body Only", 119.0),
                  ("Torvik Circular Saw 1400W, 190mm, Laser Guide", 89.0),
                  ("Brakton Mini Circular Saw, 500W, 85mm", 49.99),
                  ("Brakton Plunge Circular Saw with Guide Rail, 1200W", 229.0)),
    "cblade": items(SAW_BLADES, ("Circular Saw Blade 165mm, 24T, for Wood", 14.99),
                    ("Torvik Circular Saw Blade, 190mm x 30mm, 48 Teeth", 22.99),
                    ("Brakton TCT Circular Saw Blades, 85mm, 3 Pack", 17.99),
                    ("Blade for Cordless Circular Saw, 165mm, Aluminium Cutting", 24.99)),
    "oblade": each(("Jigsaw Blades, T-Shank, Wood, 10 Pack", SAW_BLADES, 9.99),
                   ("Hacksaw Blade, 300mm, 24 TPI, 5 Pack", SAW_BLADES, 6.49),
                   ("Reciprocating Saw Blade Set, Wood and Metal, 12 Pieces", SAW_BLADES, 16.99),
                   ("Utility Knife Blades, 50 Pack", "Tools > Hand Tools > Knives", 5.99)),
    "osaw": each(("Brakton Jigsaw, 650W, Pendulum Action", "Tools > Power Tools > Jigsaws", 59.0),
                 ("Hand Saw, 22in, Hardpoint", "Tools > Hand Tools > Saws", 12.99),
                 ("Hacksaw, Adjustable Frame, 300mm", "Tools > Hand Tools > Saws", 9.99)),
    "csaw_acc": items("Tools > Power Tool Accessories > Saw Accessories", ("Guide Rail for Circular Saw, 1.4m", 49.0),
                      ("Torvik Circular Saw Replacement Carbon Brushes", 7.99),
                      ("Dust Extraction Adapter for Circular Saw, 35mm", 9.49)),
    "sander.torvik": items(SANDERS, ("Torvik Random Orbit Sander, 125mm, 300W", 69.0),
                           ("Torvik 18V Cordless Orbital Sander, Body Only", 79.0)),
    "sander.other": items(SANDERS, ("Brakton Detail Sander, Mouse Style, 130W", 29.99), ("Brakton Belt Sander 900W, 75mm", 89.0),
                          ("Kelso Sheet Sander, 1/4 Sheet, 220W", 39.99)),
    "sander_acc": items("Tools > Power Tool Accessories > Sanding",
                        ("Sanding Discs for Random Orbit Sander, 125mm, 80 Grit, 50 Pack", 12.99),
                        ("Torvik Sander Replacement Dust Bag", 8.99),
                        ("Hook and Loop Backing Pad for Torvik Orbital Sander, 125mm", 14.99),
                        ("Sanding Belts for Belt Sander, 75x457mm, 10 Pack", 11.99),
                        ("Sanding Sheets for Detail Sander, 120 Grit, 25 Pack", 7.99)),
    "hammer": items("Tools > Hand Tools > Hammers", ("Brakton Claw Hammer, 16oz, Fibreglass Handle", 14.99),
                    ("Kelso Club Hammer, 2.5lb, Hickory Handle", 12.49),
                    ("Torvik Framing Hammer, 22oz, Steel Handle", 29.99), ("Rubber Mallet, 16oz, Black", 8.99)),
    "hhandle": items(HANDLES, ("Replacement Hammer Handle, Hickory, 14in", 7.99),
                     ("Kelso Fibreglass Hammer Handle for Claw Hammers, 13in", 9.49)),
    "ohandle": items(HANDLES, ("Replacement Axe Handle, Ash, 28in", 11.99), ("Spade Handle, D-Grip, Replacement", 8.99)),
    "hammer_acc": items("Tools > Hand Tools > Hand Tool Parts", ("Hammer Handle Wedges, Steel, 10 Pack", 3.99)),
    "toolbox": items("Tools > Storage > Tool Boxes", ("Brakton Steel Tool Box, 3 Tray Cantilever, Red", 39.99),
                     ("Kelso Plastic Tool Box 19in, Red, with Organiser Lid", 16.99),
                     ("Torvik Rolling Tool Box, Black and Yellow", 59.0),
                     ("Kelso Tool Box 16in, Black", 12.99),
                     ("Brakton Portable Metal Tool Box, 20in, Red", 27.99)),
    "toolbox_acc": items("Tools > Storage > Tool Box Accessories", ("Tool Box Organiser Insert, Red, 12 Compartments", 9.99),
                         ("Replacement Latch for Tool Box, Red, 2 Pack", 4.99),
                         ("Tool Box Foam Insert, Red and Black", 14.99)),
    "noise": each(("Tape Measure, 5m, Magnetic Hook", "Tools > Measuring", 8.99),
                  ("Spirit Level, 600mm, Aluminium", "Tools > Measuring", 14.99),
                  ("Screwdriver Set, 8 Pieces", "Tools > Hand Tools > Screwdrivers", 12.99),
                  ("Work Gloves, Red, Large", "Tools > Safety", 4.49),
                  ("Safety Glasses, Clear", "Tools > Safety", 3.99),
                  ("Wood Glue, 250ml", "Tools > Adhesives", 5.49)),
}

PAJAMAS = "Kids > Sleepwear > Pajamas"

KIDS = {
    "pj.pip": items(PAJAMAS, ("Pipsqueak Kids' Pajama Set, Long Sleeve, Dinosaur, 4-5Y", 19.99),
                    ("Pipsqueak Boys' Fleece Pajamas, Navy, 8-9Y", 22.99)),
    "pj.other": items(PAJAMAS, ("Little Fern Girls' Pajamas, Cotton, Unicorn, 6-7Y", 17.99),
                      ("Sunny Days Toddler Pajamas, Footed, Grey Stars, 18-24M", 16.99)),
    "shortspj.pip": items(PAJAMAS, ("Pipsqueak Shorts Pajamas, Short Sleeve, Shark Print, 5-6Y", 14.99)),
    "shortspj.other": items(PAJAMAS, ("Little Fern Girls' Shorts Pajama Set, Rainbow, 7-8Y", 15.99),
                            ("Sunny Days Boys' Shorts Pajamas, 2 Pack, 3-4Y", 21.99)),
    "pjshorts": items("Kids > Sleepwear > Pajama Bottoms", ("Pipsqueak Pajama Shorts, Cotton, Grey Marl, 2 Pack, 6-7Y", 9.99),
                      ("Little Fern Girls' Pajama Shorts, Frill Hem, Pink, 8-9Y", 7.99),
                      ("Sunny Days Boys' Jersey Pajama Shorts, Navy Stripe, 5-6Y", 6.99)),
    "shorts": items("Kids > Clothing > Shorts", ("Pipsqueak Boys' Cargo Shorts, Khaki, 7-8Y", 12.99),
                    ("Little Fern Girls' Denim Shorts, Light Wash, 9-10Y", 14.99),
                    ("Sunny Days Kids' Swim Shorts, Blue Palm, 4-5Y", 9.99),
                    ("Pipsqueak Sports Shorts, Black, 2 Pack, 8-9Y", 10.99)),
    "pj_acc": items("Kids > Sleepwear > Sleepwear Accessories", ("Pipsqueak Pajama Bag, Dinosaur, Drawstring", 8.99)),
    "mittens": items("Kids > Accessories > Mittens & Gloves", ("Pipsqueak Fleece Mittens, Toddler, Red, 1-3Y", 7.99),
                     ("Little Fern Knitted Mittens with String, Cream, 2-4Y", 9.99),
                     ("Sunny Days Waterproof Ski Mittens, Kids, Black", 14.99),
                     ("Baby Mittens for Newborns, Anti-Scratch, White, 3 Pairs", 5.99),
                     ("Little Fern Thinsulate Mittens, Navy, 4-6Y", 12.99)),
    "mitten_acc": items("Kids > Accessories > Clips & Holders", ("Mitten Clips, Stainless Steel, Blue, 2 Pack", 4.99),
                        ("Pipsqueak Mitten Clips for Kids, Animal Design, 2 Pairs", 5.49),
                        ("Replacement Mitten String, Elastic, 2 Pack", 3.99)),
    "raincoat": items("Kids > Outerwear > Raincoats", ("Sunny Days Boys' Raincoat, Navy, Hooded, 6-7Y", 24.99),
                      ("Little Fern Girls' Raincoat, Navy, Polka Dot, 6-7Y", 19.99),
                      ("Pipsqueak Boys' Raincoat, Yellow, Reflective, 4-5Y", 17.99),
                      ("Pipsqueak Boys' Lined Raincoat, Navy, 8-9Y", 29.99),
                      ("Pipsqueak Kids' Unisex Raincoat, Red, 3-4Y", 16.99)),
    "raincoat_acc": items("Kids > Outerwear > Outerwear Accessories", ("Detachable Hood for Sunny Days Raincoat, Navy", 6.99),
                          ("Reflective Clip-On Tags for Raincoats, Navy, 2 Pack", 3.99)),
    "noise": each(("Pipsqueak Kids' Beanie Hat, Red", "Kids > Accessories > Hats", 6.99),
                  ("Little Fern Girls' Leggings, 2 Pack, Navy", "Kids > Clothing > Leggings", 9.99),
                  ("Sunny Days Kids' Wellies, Navy", "Kids > Shoes > Wellies", 14.99),
                  ("Kids' Sun Hat, UPF 50, Beige", "Kids > Accessories > Hats", 8.99),
                  ("Little Fern Girls' Cardigan, Cream", "Kids > Clothing > Knitwear", 16.99),
                  ("Pipsqueak Boys' Hoodie, Navy, 8-9Y", "Kids > Clothing > Hoodies", 15.99),
                  ("Boys' Rain Trousers, Navy, Waterproof, 6-7Y", "Kids > Outerwear > Rainwear", 12.99),
                  ("Sunny Days Kids' Snow Suit, Navy, 4-5Y", "Kids > Outerwear > Snowsuits", 39.99),
                  ("Little Fern Girls' Nightdress, Lilac, 6-7Y", "Kids > Sleepwear > Nightdresses", 12.99),
                  ("Pipsqueak Dressing Gown, Fleece, Navy", "Kids > Sleepwear > Dressing Gowns", 18.99)),
}

LANTERNS, LANTERN_GOODS = "アウトドア > ランタン", "アウトドア > ランタン用品"
BURNERS, BURNER_PARTS = "アウトドア > バーナー・ストーブ", "アウトドア > バーナーパーツ"
SLEEPING_BAGS, HEADLAMPS, RAINWEAR = "アウトドア > 寝袋", "アウトドア > ヘッドライト", "アウトドア > ウェア > レインウェア"
CUPS, COOKERS, TABLEWARE_GOODS = "アウトドア > クッカー・食器 > シェラカップ", "アウトドア > クッカー・食器 > クッカー", \
    "アウトドア > クッカー・食器 > 食器用品"

OUTDOOR_JA = {
    "lantern.yamano": items(LANTERNS, ("ヤマノ LEDランタン 充電式 1000ルーメン 黒", 4980), ("ヤマノ ガスランタン 小型 オレンジ", 7980)),
    "lantern.ja": items(LANTERNS, ("フィールドワン ランタン LED 電池式 カーキ", 2480),
                        ("子供用 ランタン LED ミニ 恐竜 グリーン", 1480),
                        ("キャンプ ランタン オイル ハリケーン 黒 アンティーク", 2980)),
    "lantern.en": items(LANTERNS, ("Nordlys Rechargeable LED Lantern 500lm, Black", 3980),
                        ("Trailhead Mini Lantern, USB-C, Warm White", 2980),
                        ("Nordlys Gas Lantern, Piezo Ignition, Olive", 8980)),
    "mantle": items(LANTERN_GOODS, ("ガスランタン用 マントル 5枚入", 680), ("マントル ガスランタン用 交換 3枚", 580),
                    ("Mantles for Gas Lantern, 10 Pack", 980)),
    "lantern_acc.yamano": items(LANTERN_GOODS, ("ヤマノ ランタン専用 ハードケース 黒", 1980)),
    "lantern_acc.other": items(LANTERN_GOODS, ("ランタン対応 ハンガー フック アルミ 黒", 980), ("ランタンカバー シリコン 黒", 780),
                               ("ランタンスタンド 折りたたみ 黒", 2480),
                               ("Lantern Replacement Globe, Glass, for Nordlys Gas Lantern", 1480),
                               ("ランタン用 LED電球 交換用", 880)),
    "burner": items(BURNERS, ("ヤマノ シングルバーナー OD缶 コンパクト 収納袋付き", 5980),
                    ("フィールドワン カセットガス バーナー 2500kcal 黒", 3980), ("ツーバーナー ガス キャンプ 黒", 12800),
                    ("Trailhead Micro Burner Stove, Titanium, 45g", 6980),
                    ("Nordlys Backpacking Stove Burner, Piezo, 3000W", 4480)),
    "windscreen": items(BURNER_PARTS, ("バーナー用 風防 アルミ 折りたたみ 10枚", 1280), ("風防 バーナー用 チタン 軽量", 2480),
                        ("Windscreen for Backpacking Stove, Aluminium", 1680)),
    "burner_acc": items(BURNER_PARTS, ("バーナー専用 収納ケース 黒", 1480), ("バーナー対応 五徳 拡張 ステンレス", 980),
                        ("ヤマノ シングルバーナー用 遮熱板", 1680)),
    "sb.yamano": items(SLEEPING_BAGS, ("ヤマノ 寝袋 封筒型 洗える -5℃ 黒", 3980), ("ヤマノ 寝袋 マミー型 -10℃ 冬用 オレンジ", 8980)),
    "sb.ja": items(SLEEPING_BAGS, ("フィールドワン 寝袋 マミー型 ダウン 0℃ 赤", 12800), ("子供用 寝袋 キッズ 封筒型 青", 2980),
                   ("寝袋 夏用 コンパクト 軽量 グレー", 1980)),
    "sb.en": items(SLEEPING_BAGS, ("Nordlys Down Sleeping Bag, Mummy, -5C, Red", 15800),
                   ("Trailhead Synthetic Sleeping Bag, 3 Season, Navy", 6980),
                   ("Nordlys Ultralight Sleeping Bag 700g, Olive", 18800)),
    "sb_acc": items("アウトドア > 寝袋用品", ("寝袋用 インナーシーツ コットン", 1980), ("コンプレッションバッグ 寝袋用 防水 L", 1480),
                    ("寝袋カバー 防水 シュラフカバー", 2980), ("ヤマノ 寝袋専用 インナー フリース", 2480),
                    ("Sleeping Bag Liner, Silk, Travel", 2480)),
    "hl": items(HEADLAMPS, ("ヤマノ ヘッドライト LED 充電式 400ルーメン", 2980), ("ヘッドライト 防水 センサー 2個セット", 1980),
                ("フィールドワン ヘッドライト 電池式 赤色LED 登山", 1480),
                ("Nordlys Headlamp 350 Lumens, Rechargeable", 3480), ("Trailhead Ultralight Headlamp, 45g", 2480)),
    "hl_acc": items("アウトドア > ヘッドライト用品", ("ヘッドライト用 交換バンド 黒", 680), ("Headlamp Battery Pack, Replacement", 1280)),
    "cup": items(CUPS, ("ヤマノ シェラカップ ステンレス 300ml", 880), ("チタン シェラカップ 目盛り付き 420ml", 1980),
                 ("Trailhead Titanium Sierra Cup 300ml", 1680), ("Nordlys Sierra Cup Set of 2, Stainless", 1480)),
    "cup_acc": items(TABLEWARE_GOODS, ("シェラカップ用 フタ アルミ", 580)),
    "cooker": items(COOKERS, ("ヤマノ クッカー セット アルミ 2-3人用", 3980), ("チタン クッカー 750ml 軽量 ソロ", 4980),
                    ("Trailhead Titanium Cook Pot 900ml", 4280), ("Nordlys Cook Set, Hard Anodized, 4 Piece", 5980)),
    "cooker_acc": items(TABLEWARE_GOODS, ("クッカー用 収納袋 メッシュ", 580)),
    "rj": items(RAINWEAR, ("ヤマノ レインジャケット メンズ 防水透湿 黒 M", 12800),
                ("フィールドワン レインジャケット メンズ 黒 軽量 パッカブル", 5980),
                ("フィールドワン レインジャケット レディース 黒", 4980), ("レインジャケット メンズ 赤 登山", 3980),
                ("Nordlys Rain Jacket Men's, 2.5 Layer, Black", 8980)),
    "rpants": items(RAINWEAR, ("レインパンツ メンズ 黒", 3480)),
    "rj_acc": items("アウトドア > ウェア > ウェア用品", ("レインジャケット用 撥水スプレー 300ml", 1480)),
    "noise": each(("アウトドア チェア 折りたたみ 黒", "アウトドア > ファニチャー", 2980),
                  ("タープ ヘキサ 4m 防水", "アウトドア > テント・タープ", 6980),
                  ("Trailhead Trekking Poles, Carbon, Pair", "アウトドア > 登山用品", 8980),
                  ("クーラーボックス 25L", "アウトドア > クーラー", 5980),
                  ("焚き火台 ステンレス 折りたたみ", "アウトドア > 焚き火", 4980),
                  ("Nordlys Camp Blanket, Wool, Grey", "アウトドア > ファニチャー", 6980),
                  ("Trailhead Dry Bag 20L, Yellow", "アウトドア > 登山用品", 2480),
                  ("OD缶 ガスカートリッジ 250g", "アウトドア > 燃料", 580)),
}

HUNDRED_YEN_JA = {
    "file": items("文具 > ファイル", ("クリアファイル A4 10枚入 透明", 110), ("リングファイル A4 2穴 青", 110),
                  ("ドキュメントファイル 13ポケット グレー", 220)),
    "boxfile": items("文具 > ファイル", ("ボックスファイル A4 青", 110), ("ボックスファイル A4 背幅7cm 黒", 220),
                     ("ボックスファイル B4 グレー", 220)),
    "filebox": items("収納 > ファイル収納", ("ファイルボックス A4 白 スタンド型", 110), ("ファイルボックス 2個入 グレー 縦型", 220),
                     ("ファイルボックス ワイド 白 取っ手付き", 330)),
    "filebox_acc": items("収納 > ファイル収納用品", ("ファイルボックス用 ラベル 白 20枚", 110),
                         ("ファイルボックス専用 仕切り板 白 3枚", 110)),
    "box": items("収納 > 収納ボックス", ("収納ボックス 積み重ね 白 L", 330), ("フタ付き 収納ボックス 半透明 M", 220),
                 ("ワイヤー ボックス 白 スクエア", 110)),
    "bottle": items("キッチン > ボトル・容器", ("ドリンクボトル 500ml 白", 110), ("詰め替えボトル ポンプ式 白 300ml", 110),
                    ("スプレーボトル 500ml 透明", 110), ("ガラス ボトル 1L 保存用", 220)),
    "bbrush": items("掃除 > ブラシ", ("ボトルブラシ 柄付き スポンジ", 110), ("ボトル用 ブラシ 細口 2本組", 110),
                    ("ボトルブラシ シリコン 白", 110)),
    "brush": items("掃除 > ブラシ", ("トイレブラシ ケース付き 白", 110), ("洗濯ブラシ 木製", 110), ("排水口 ブラシ 細長", 110)),
    "bottle_acc": items("キッチン > ボトル用品", ("ボトル用 替えポンプ 白", 110), ("ボトルラベル シール 24枚", 110),
                        ("スプレーボトル用 ノズル 交換", 110)),
    "bento": items("キッチン > 弁当箱", ("子供用 弁当箱 1段 キャラクター 青", 330), ("弁当箱 2段 電子レンジ対応 青", 220),
                   ("弁当箱 スリム 1段 黒", 110), ("弁当箱 丸型 2段 青 550ml", 550), ("ランチボックス 弁当箱 白 仕切り付き", 110)),
    "bento_acc": items("キッチン > 弁当用品", ("弁当箱用 仕切りカップ シリコン 6個 青", 110), ("ランチベルト 弁当箱用 青", 110),
                       ("弁当箱専用 保冷剤 2個", 110), ("弁当箱対応 ランチバッグ 保冷 青", 220), ("弁当箱カバー 巾着 青", 110),
                       ("弁当箱用 パッキン 交換用", 110)),
    "noise": each(("ハンガー 10本組 白", "日用品 > ハンガー", 110), ("S字フック 5個 ステンレス", "日用品 > フック", 110),
                  ("メモ帳 方眼 A6", "文具 > ノート・メモ", 110), ("マスキングテープ 3巻 青", "文具 > テープ", 110),
                  ("食器用 スポンジ 3個", "キッチン > スポンジ", 110), ("ジッパー袋 M 20枚", "キッチン > 保存袋", 110),
                  ("コップ プラスチック 青", "キッチン > 食器", 110), ("はさみ ステンレス 17cm", "文具 > はさみ", 110),
                  ("付箋 4色 セット", "文具 > 付箋", 110)),
}

FOUNDATION, LIPS = "コスメ > ベースメイク > ファンデーション", "コスメ > ポイントメイク > リップ"

COSME_JA = {
    "sheetmask.ja": items("コスメ > スキンケア > シートマスク", ("ルミエラ シートマスク 保湿 30枚入", 1980),
                          ("シートマスク ビタミンC 7枚 個包装", 990), ("ハナミズキ シートマスク 敏感肌用 5枚", 1320)),
    "sheetmask.en": items("コスメ > スキンケア > シートマスク", ("Glowbelle Hydrating Sheet Mask, Hyaluronic Acid, 5 Pack", 1650)),
    "mask": items("日用品 > マスク", ("不織布 マスク 50枚入 ふつうサイズ 白", 598), ("冷感 マスク 洗える 3枚 グレー", 980),
                  ("子供用 マスク 30枚 ピンク", 498)),
    "masksheet": items("日用品 > マスク用品", ("マスクシート 取り替え 100枚入", 398), ("アロマ マスクシート ミント 30枚", 498),
                       ("マスクシート 使い捨て 抗菌 60枚", 298)),
    "sheet": items("コスメ > スキンケア > ふき取りシート", ("ボディシート 汗拭き 30枚 無香料", 328),
                   ("クレンジングシート 44枚 メイク落とし", 548)),
    "foundation": items(FOUNDATION, ("ルミエラ リキッド ファンデーション 30ml ナチュラル", 2980),
                        ("敏感肌用 ファンデーション パウダー 10g", 1980),
                        ("マスク対応 ファンデーション 崩れにくい クッション", 2480),
                        ("ハナミズキ クッションファンデーション SPF50 ライト", 3300),
                        ("ミネラル ファンデーション 石けんオフ オークル", 2200),
                        ("Rosewell Serum Foundation, 30ml, Shade 02", 3480)),
    "foundation_acc": items("コスメ > メイク道具 > ファンデーション用品", ("ファンデーション用 ブラシ 平筆", 980),
                            ("パフ ファンデーション用 6個入", 398), ("ファンデーション専用 ケース 詰め替え", 550),
                            ("クッションファンデーション対応 スポンジ 4個", 498), ("ファンデーションケース ミラー付き 黒", 880),
                            ("Foundation Brush, Kabuki, Synthetic", 1280)),
    "lip.hanamizuki": items(LIPS, ("ハナミズキ リップ スティック ピンク マット", 1320), ("ハナミズキ リップ ティント オレンジ 水膜", 1430)),
    "lip.other": items(LIPS, ("ルミエラ リップ ティント 赤 4g", 1650), ("リップスティック 赤 保湿 3.5g", 880),
                       ("リップ グロス ツヤ コーラル", 990), ("Glowbelle Velvet Lip Tint, Cherry Red", 1980),
                       ("Rosewell Matte Lipstick, Nude 03", 1650), ("Rosewell Lip Gloss, Clear Shine", 1100)),
    "lip_acc": items("コスメ > メイク道具 > リップ用品", ("ハナミズキ リップブラシ 携帯用 赤", 550),
                     ("リップ用 スクラブ ブラシ シリコン", 440)),
    "mascara": items("コスメ > ポイントメイク > マスカラ", ("ルミエラ マスカラ ロング 黒 ウォータープルーフ", 1430),
                     ("マスカラ ボリューム ブラウン お湯でオフ", 1100), ("Rosewell Volume Mascara, Black, Waterproof", 1980),
                     ("Glowbelle Lengthening Mascara, Brown Black", 1650)),
    "mascara_acc": items("コスメ > メイク道具 > まつげ用品", ("マスカラ用 コーム ダマ取り", 330), ("マスカラリムーバー 30ml", 880)),
    "eyeshadow": items("コスメ > ポイントメイク > アイシャドウ", ("ルミエラ アイシャドウ パレット 9色 ブラウン", 2420),
                       ("アイシャドウ 単色 ラメ ゴールド", 660), ("Rosewell Eyeshadow Palette, 12 Shades, Nude", 2980),
                       ("Glowbelle Cream Eyeshadow Stick, Bronze", 1540)),
    "eyeshadow_acc": items("コスメ > メイク道具 > ブラシ・チップ", ("アイシャドウ用 チップ 20本", 220),
                           ("Eyeshadow Brush Set, 5 Pieces", 1280)),
    "noise": each(("ルミエラ 化粧下地 トーンアップ 30ml", "コスメ > ベースメイク > 化粧下地", 1980),
                  ("ハナミズキ アイライナー リキッド 黒", "コスメ > ポイントメイク > アイライナー", 1100),
                  ("Rosewell Setting Spray, 100ml", "コスメ > ベースメイク > 仕上げ", 2480),
                  ("チーク パウダー ピンク", "コスメ > ポイントメイク > チーク", 880),
                  ("Glowbelle Highlighter Palette, Champagne", "コスメ > ポイントメイク > ハイライト", 1980),
                  ("メイクスポンジ 10個 パフ", "コスメ > メイク道具 > パフ・スポンジ", 330),
                  ("ハンドクリーム 50g 無香料", "コスメ > ボディケア", 550),
                  ("Rosewell Gentle Cleanser, 150ml", "コスメ > スキンケア > 洗顔", 1980)),
}

SHOPS = {"cycle": CYCLE, "office": OFFICE, "coffee": COFFEE, "tools": TOOLS, "kids": KIDS,
         "ja-outdoor": OUTDOOR_JA, "ja-100yen": HUNDRED_YEN_JA, "ja-cosme": COSME_JA}


# =============================================================================================
# Queries, each with what must come first and what must come below, written from meaning.

@dataclass(frozen=True)
class Q:
    form: str
    shop: str
    query: str
    top: tuple[str, ...] = ()     # the first n results all come from these groups
    n: int | None = None          # None: as many as these groups hold
    above: tuple[str, ...] = ()   # every item of these groups ranks above ...
    below: tuple[str, ...] = ()   # ... every item of these groups
    find_all: bool = True         # every item of `above` must be among the results
    first: str | None = None      # the expected first item (price queries)
    not_top2: tuple[str, ...] = ()  # no item of these groups in the first two


def two_types(shop, query, exact, head, wrong, n=None):
    """The compound asked for first; every item of the head's type (the compound and plain
    items) above every item of the other type (its items that name the head, and plain ones)."""
    return Q("two_types", shop, query, top=(exact,), n=n, above=(exact, *head), below=tuple(wrong), find_all=False)


def qualifies(shop, query, want, below, n=3):
    return Q("qualifies", shop, query, top=tuple(want), n=n, above=tuple(want), below=tuple(below))


def accessories(shop, query, real, accs):
    return Q("accessories", shop, query, top=tuple(real), n=3, above=tuple(real), below=tuple(accs))


def price(shop, query, first, accs):
    return Q("price", shop, query, first=first, not_top2=tuple(accs))


def brand(shop, query, brand_type, below):
    return Q("brand", shop, query, top=tuple(brand_type), above=tuple(brand_type), below=tuple(below))


def mixed(shop, query, kind):
    return Q("mixed", shop, query, top=(kind,), n=3)


QUERIES = [
    # --- cycling (English)
    accessories("cycle", "helmet", ["helmet"], ["helmet_acc", "visor"]),
    brand("cycle", "Corsa helmet", ["helmet.corsa"], ["helmet.other", "helmet_acc", "visor"]),
    qualifies("cycle", "visor for helmet", ["visor"], ["helmet", "helmet_acc"], n=2),
    qualifies("cycle", "saddle bag", ["saddlebag"], ["saddle", "saddle_acc", "bag"]),
    qualifies("cycle", "bottle cage", ["cage"], ["bottle", "cage_acc"]),
    qualifies("cycle", "carbon bottle cage", ["cage.carbon"], ["bottle", "cage_acc", "saddle", "handlebar"], n=2),
    # black men's jackets: Veltra 129, Pedalo Windproof 49.99, Trailpeak 89 (a women's 39.99, a yellow men's 44.99)
    price("cycle", "cheap black cycling jacket men's", "jacket-1", ["jacket_acc"]),
    # red jerseys: Veltra 79, Corsa 65, Pedalo 34.99
    price("cycle", "affordable red jersey", "jersey.other-2", ["jersey_acc"]),
    brand("cycle", "Veltra jersey", ["jersey.veltra"], ["jersey.other", "jersey_acc"]),
    # --- office (English)
    two_types("office", "file box", "filebox", ["box"], ["boxfile", "file"]),
    two_types("office", "box file", "boxfile", ["file"], ["filebox", "box"]),
    two_types("office", "desk shelf", "deskshelf", ["shelf"], ["shelfdesk", "desk", "standingdesk"]),
    two_types("office", "shelf desk", "shelfdesk", ["desk", "standingdesk"], ["deskshelf", "shelf"]),
    accessories("office", "whiteboard", ["wb"], ["wb_marker", "wb_eraser", "wb_acc"]),
    qualifies("office", "whiteboard eraser", ["wb_eraser"], ["wb", "wb_marker", "wb_acc", "eraser_other"], n=2),
    brand("office", "Fennwick whiteboard", ["wb.fennwick"], ["wb.other", "wb_marker", "wb_eraser", "wb_acc"]),
    qualifies("office", "standing desk frame", ["deskframe"], ["standingdesk", "desk", "shelfdesk", "desk_acc"], n=2),
    # white desks: Budgetline Compact 59, Hallby Ladder Shelf Desk 99, Hallby Writing 129, standing ones 229+
    price("office", "budget white desk", "desk-3", ["desk_acc", "deskframe", "deskshelf"]),
    # --- coffee (English)
    two_types("coffee", "burr grinder", "bgrinder", ["blgrinder"], ["burr", "burr_plain"]),
    two_types("coffee", "grinder burr", "burr", ["burr_plain"], ["bgrinder", "blgrinder"]),
    accessories("coffee", "grinder", ["bgrinder", "blgrinder"], ["burr", "burr_plain", "grinder_acc"]),
    brand("coffee", "Baristo grinder", ["bgrinder.baristo"], ["bgrinder.other", "blgrinder", "burr", "burr_plain",
                                                               "grinder_acc"]),
    accessories("coffee", "espresso machine", ["espresso"], ["espresso_acc", "descaler", "espresso_clean"]),
    qualifies("coffee", "espresso machine descaler", ["descaler"],
              ["espresso", "espresso_acc", "espresso_clean", "kdescaler"]),
    qualifies("coffee", "descaler for espresso machine", ["descaler"],
              ["espresso", "espresso_acc", "espresso_clean", "kdescaler"]),
    # white machines: Crema Casa Compact 149, Crema Casa with Frother 189
    price("coffee", "affordable white espresso machine", "espresso-1", ["espresso_acc", "descaler", "espresso_clean"]),
    # --- tools (English)
    qualifies("tools", "circular saw blade", ["cblade"], ["csaw", "oblade", "osaw", "csaw_acc"]),
    qualifies("tools", "blade for circular saw", ["cblade"], ["csaw", "oblade", "osaw", "csaw_acc"]),
    accessories("tools", "circular saw", ["csaw"], ["cblade", "csaw_acc", "osaw"]),
    accessories("tools", "sander", ["sander"], ["sander_acc"]),
    brand("tools", "Torvik sander", ["sander.torvik"], ["sander.other", "sander_acc"]),
    qualifies("tools", "hammer handle", ["hhandle"], ["hammer", "ohandle", "hammer_acc"], n=2),
    # red tool boxes: Brakton Steel 39.99, Kelso Plastic 16.99, Brakton Portable 27.99 (a black one 12.99)
    price("tools", "cheap red tool box", "toolbox-1", ["toolbox_acc"]),
    # --- kids' clothing (English)
    two_types("kids", "pajama shorts", "pjshorts", ["shorts"], ["shortspj", "pj"]),
    two_types("kids", "shorts pajamas", "shortspj", ["pj"], ["pjshorts", "shorts"]),
    accessories("kids", "mittens", ["mittens"], ["mitten_acc"]),
    # navy boys' raincoats: Sunny Days 24.99, Pipsqueak Lined 29.99 (a girls' navy 19.99, a yellow boys' 17.99)
    price("kids", "budget navy raincoat boys'", "raincoat-0", ["raincoat_acc"]),
    brand("kids", "Pipsqueak pajamas", ["pj.pip", "shortspj.pip"], ["pj.other", "shortspj.other", "pj_acc"]),
    # --- Japanese outdoor gear, many English-titled items
    accessories("ja-outdoor", "ランタン", ["lantern"], ["mantle", "lantern_acc"]),
    brand("ja-outdoor", "ヤマノ ランタン", ["lantern.yamano"], ["lantern.ja", "lantern.en", "mantle", "lantern_acc"]),
    qualifies("ja-outdoor", "ガス ランタン マントル", ["mantle"], ["lantern", "lantern_acc"], n=2),
    # black lanterns: ヤマノ LED 4980, キャンプ オイル 2980, Nordlys LED 3980
    price("ja-outdoor", "安い 黒 ランタン", "lantern.ja-2", ["mantle", "lantern_acc"]),
    accessories("ja-outdoor", "バーナー", ["burner"], ["windscreen", "burner_acc"]),
    qualifies("ja-outdoor", "バーナー 風防", ["windscreen"], ["burner", "burner_acc"], n=2),
    mixed("ja-outdoor", "寝袋", "sb"),
    brand("ja-outdoor", "ヤマノ 寝袋", ["sb.yamano"], ["sb.ja", "sb.en", "sb_acc"]),
    mixed("ja-outdoor", "ヘッドライト", "hl"),
    mixed("ja-outdoor", "シェラカップ", "cup"),
    mixed("ja-outdoor", "クッカー", "cooker"),
    # black men's rain jackets: ヤマノ 12800, フィールドワン 5980, Nordlys 8980 (a women's 4980, a red men's 3980)
    price("ja-outdoor", "格安 黒 レインジャケット メンズ", "rj-1", ["rj_acc"]),
    # --- Japanese 100-yen shop
    two_types("ja-100yen", "ファイルボックス", "filebox", ["box"], ["boxfile", "file"]),
    two_types("ja-100yen", "ファイル ボックス", "filebox", ["box"], ["boxfile", "file"]),
    two_types("ja-100yen", "ボックスファイル", "boxfile", ["file"], ["filebox", "box"]),
    qualifies("ja-100yen", "ボトルブラシ", ["bbrush"], ["bottle", "brush", "bottle_acc"]),
    qualifies("ja-100yen", "ボトル ブラシ", ["bbrush"], ["bottle", "brush", "bottle_acc"]),
    accessories("ja-100yen", "弁当箱", ["bento"], ["bento_acc"]),
    # blue lunch boxes: 子供用 330, 2段 電子レンジ対応 220, 丸型 550
    price("ja-100yen", "お手頃 青 弁当箱", "bento-1", ["bento_acc"]),
    # white file boxes: A4 スタンド型 110, ワイド 330
    price("ja-100yen", "激安 白 ファイルボックス", "filebox-0", ["filebox_acc"]),
    # --- Japanese cosmetics, English-titled imports
    two_types("ja-cosme", "シートマスク", "sheetmask", [], ["masksheet"], n=3),
    two_types("ja-cosme", "マスクシート", "masksheet", [], ["sheetmask"]),
    accessories("ja-cosme", "ファンデーション", ["foundation"], ["foundation_acc"]),
    # red lips: ルミエラ ティント 1650, リップスティック 880, Glowbelle Cherry Red 1980
    price("ja-cosme", "安い 赤 リップ", "lip.other-1", ["lip_acc"]),
    brand("ja-cosme", "ハナミズキ リップ", ["lip.hanamizuki"], ["lip.other", "lip_acc"]),
    mixed("ja-cosme", "リップ", "lip"),
    mixed("ja-cosme", "マスカラ", "mascara"),
    mixed("ja-cosme", "アイシャドウ", "eyeshadow"),
]

# the setups with category paths, and for Japanese queries an English-only encoder besides
CATEGORY_SETUPS = [(p.id, p.values[1]) for p in SETUPS if p.values[0]]
LATIN_ONLY = "categories-latin-only"


def japanese(query: str) -> bool:
    return any(ord(c) > 0x7f for c in query)


def params():
    for q in QUERIES:
        setups = [s for s, _ in CATEGORY_SETUPS] + ([LATIN_ONLY] if japanese(q.query) else [])
        for s in setups:
            yield pytest.param(q, s, id=f"{q.form}:{q.shop}:{q.query.replace(' ', '_')}-{s}")


def engine_for(shop: str, setup: str) -> SearchEngine:
    rows = rows_of(SHOPS[shop])
    if setup == LATIN_ONLY:
        return SearchEngine.build(catalogue(rows, True), encoder=LatinOnlyEncoder())
    dense = dict(CATEGORY_SETUPS)[setup]
    return build(rows, True, dense)


SETUPS3 = ("categories-lexical", "categories-dense", "categories-latin-only")
LIMITS = {
    **{("blind3", "qualifies:ja-outdoor:バーナー_風防", setup): "an English-titled windscreen among "
       "Japanese-titled accessories: no word of the Japanese query is in its title (風防 is no loanword), the "
       "English-only dense side stands aside, and its category alone ranks it below accessories that say the "
       "query's words" for setup in SETUPS3},
}


@pytest.mark.parametrize("q, setup", list(params()))
def test_blind3(q: Q, setup: str, known_limit):
    known_limit("blind3")
    rows = rows_of(SHOPS[q.shop])
    ids = [r[0] for r in rows]
    titles = {r[0]: r[1] for r in rows}
    for g in (*q.top, *q.above, *q.below, *q.not_top2):  # the test's own spelling of its groups
        assert any(in_groups(i, (g,)) for i in ids), f"test bug: no group {g!r} in {q.shop}"
    assert q.first is None or q.first in titles, f"test bug: no item {q.first!r}"

    top = ranked(engine_for(q.shop, setup), q.query, 60)
    pos = {i: k for k, i in enumerate(top)}
    problems = []
    if q.top:
        n = q.n if q.n is not None else sum(in_groups(i, q.top) for i in ids)
        if len(top) < n or not all(in_groups(i, q.top) for i in top[:n]):
            problems.append(f"the first {n} must all be {list(q.top)}")
    if q.above:
        want = [i for i in ids if in_groups(i, q.above)]
        missing = [i for i in want if i not in pos]
        if q.find_all and missing:
            problems.append(f"missing {[titles[i] for i in missing]}")
        ups = [pos[i] for i in want if i in pos]
        downs = [k for k, i in enumerate(top) if in_groups(i, q.below)]
        if ups and downs and max(ups) > min(downs):
            problems.append(f"{top[min(downs)]} ({titles[top[min(downs)]]}) ranks above "
                            f"{top[max(ups)]} ({titles[top[max(ups)]]})")
    if q.first is not None and top[:1] != [q.first]:
        problems.append(f"first must be {titles[q.first]!r}")
    if q.not_top2 and any(in_groups(i, q.not_top2) for i in top[:2]):
        problems.append(f"an accessory ({list(q.not_top2)}) in the top two")
    assert not problems, f"{q.query!r} [{setup}]: " + "; ".join(problems) + " || top5: " + \
        " | ".join(f"{i}: {titles[i]}" for i in top[:5])


def test_blind3_shops_are_realistic_in_size():
    for name, shop in SHOPS.items():
        rows = rows_of(shop)
        assert 40 <= len(rows) <= 80, (name, len(rows))
        assert len({r[0] for r in rows}) == len(rows), name
        assert all(2 <= r[2].count(" > ") + 1 <= 3 for r in rows), name
    assert 55 <= len(QUERIES) <= 70 and len({(q.shop, q.query) for q in QUERIES}) == len(QUERIES)
