"""The recommendation models: matrix factorisation (implicit ALS and BPR), item-kNN (BM25 and
cosine), EASE, time-decayed popularity, co-purchase, buy-again, a content model and a blend.

Every model is a `recsys.base.Recommender`: fit on a users x items CSR matrix, recommend for one
user or a batch, list similar items, save to and load from a directory without pickle. Scoring is
plain numpy on learned arrays, so a user's newest interactions (the row passed to `recommend`)
count without retraining. Importing this package registers every model with
`Recommender.load`.
"""

from recsys.models.buy_again import BuyAgainRecommender
from recsys.models.composite import BlendRecommender, HybridRecommender
from recsys.models.content import ContentRecommender
from recsys.models.factors import ALSRecommender, BPRRecommender
from recsys.models.neighbours import CoPurchaseRecommender, EASERecommender, ItemKNNRecommender
from recsys.models.popularity import PopularityRecommender

__all__ = ["ALSRecommender", "BPRRecommender", "BlendRecommender", "BuyAgainRecommender", "ContentRecommender",
           "CoPurchaseRecommender", "EASERecommender", "HybridRecommender", "ItemKNNRecommender",
           "PopularityRecommender"]
