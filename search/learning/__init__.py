"""Search learning: the training procedure that learns, from the store's search events, the parts
`search.learned` serves (serving never imports this package).

What learning reads: the store's search log where it keeps one (`clicklog.SearchLog`: what each
search showed, with positions, and the events attributed to it by `search_id`), each action
weighted by the inverse of its position's examination propensity (`propensity`, estimated from
the randomised share of searches, `search_explore_share`), items shown and not acted on the
negatives; else search events, events with a `query` and an item (`labels`): per (query, item)
the events' weights summed and graded 1..4 (0 for a candidate nobody acted on). Either way the
queries are split deterministically (a hash of the normalised query) and a share is held back:
every decision is made on those held-back queries of the log (a validation split). `learn` (`loop`) then runs its stages in turn over one `run.Run`, each on top
of what was kept before it (`stages`, `refit`):

- weights: the hand ranking's fusion weights (`weights`), chosen on a log with impressions
  (off by default: on a log under the shipped weights it chose worse ones);
- fine_tune: MiniLM itself trained on (query, acted-on product text) pairs with torch, from the
  encoder's source model (`search.finetune`), the catalogue re-embedded and served through
  `search.encoder.Encoder` (`tuning`); skipped, and says so, when the budget cannot cover it;
  off by default (`settings.search_fine_tune`: on the simulated Home Depot log it lost on the
  held-back queries every night and took most of the learning time);
- query_tune: the query side alone against the frozen catalogue vectors (`query_tune`);
- adapter: a residual linear map on query vectors (`adapter`), products never re-embedded;
- ranker: LightGBM lambdarank trees over the engine's candidates and features (`ranker`),
  boosted from the hand-weighted score;
- clicks: the click memory (`search.clicks`), its weight chosen on the held-back queries;
- words: shoppers' words (`search.expansion`), alone or lent to the nearest items;
- try_away: a part kept early (adapter, click memory) tried away beside the later ones;
- the refits: what was kept trained again on every query (the model too when the budget covers
  training and re-embedding a second time).

Each stage offers candidates; one gate (`gate.judge`) keeps a part only if, on the held-back
queries, the setup with it beats the setup without it in NDCG@10 (the per-query gains passing a
paired test, `store.metrics.beats_paired`) and is no worse in NDCG@10 over the acted-on items alone. With impressions that NDCG@10 is condensed to the items the log
knows about (shown or acted on; a shown, unacted item a known 0, one never shown left out, so a
part that brings up items the logging ranking never showed is not taken for worse); without
them it is over every candidate (unacted = 0), and the acted-on guard keeps a ranking from
winning by burying items nobody acted on, which may never have been shown. Every number is reported either way, and each
stage in one shape (`loop.StageReport`). The kept setup's name comes from its parts.

    events = SearchEvents.from_store(store)
    parts, report = learn(engine, events, LearnOptions(time_budget_s=300))  # the engine serves `parts`
"""

from store.metrics import condensed, ndcg
from search.learning.gate import Candidate, Verdict, better, judge, main_score
from search.learning.groups import Group, compare, encode_raw, extract_groups, mean_ndcg, served_text
from search.learning.clicklog import SearchLog, impression_labels
from search.learning.labels import MAX_LABEL, QueryLabels, SearchEvents, held_back, query_key, search_labels
from search.learning.loop import Learned, StageReport, learn
from search.learning.run import LearnOptions, Run, setup_name
from search.learning.stages import CLICK_WEIGHTS, SPREAD_SIMILARITIES, item_neighbours, tried_away
from search.learning.tuning import calibrated_min_similarity, fine_tunable, training_pairs

__all__ = [
    "CLICK_WEIGHTS", "MAX_LABEL", "SPREAD_SIMILARITIES", "Candidate", "Group", "LearnOptions", "Learned",
    "QueryLabels", "Run", "SearchEvents", "SearchLog", "impression_labels", "StageReport", "Verdict", "better", "calibrated_min_similarity",
    "compare", "condensed", "encode_raw", "extract_groups", "fine_tunable", "held_back", "item_neighbours", "judge", "learn", "main_score",
    "mean_ndcg", "ndcg", "query_key", "search_labels", "served_text", "setup_name", "training_pairs", "tried_away",
]
