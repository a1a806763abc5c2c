"""How one seat-level measure goes with others: correlation, OLS regression, binned means.

``relate("change:Lab", "census:Muslim", where="country=England,Wales")`` answers "did
Labour lose most where the Muslim population is largest?" with Pearson's r and its
confidence interval, Spearman's rho, an OLS fit with confidence intervals, the seats
furthest above and below the fit, and the mean of Y by band of X.

Formulas (n seats, after dropping seats where any measure is missing):

* Pearson r = cov(x, y) / (sd(x) sd(y)); its CI uses Fisher's z = atanh(r), with standard
  error 1 / sqrt(n - 3): tanh(z ± z_{1-α/2} / sqrt(n - 3)).
* Spearman rho = Pearson r of the ranks.
* OLS: y = b0 + b1 x1 + ... + e, estimated by :class:`statsmodels.api.OLS`; coefficient
  CIs are b ± t_{n-k-1, 1-α/2} se(b).

Seats are units of equal weight; these are ecological (area-level) associations, not
evidence about how individuals voted.

References
----------
.. [1] Fisher, R. A. (1921). "On the probable error of a coefficient of correlation
       deduced from a small sample". *Metron* 1, 3–32.
.. [2] Seabold, S. & Perktold, J. (2010). "statsmodels: Econometric and statistical
       modeling with Python". *Proc. 9th Python in Science Conference*.
.. [3] Robinson, W. S. (1950). "Ecological correlations and the behavior of
       individuals". *American Sociological Review* 15(3), 351–357.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from psephos.analysis.frame import DB, resolve_election
from psephos.analysis.metrics import Metric, Where, apply_filters, metric_values, parse_metric
from psephos.display import Display
from psephos.errors import InputError, ModelError

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_SHARE_BINS = (0.0, 0.02, 0.05, 0.10, 0.20, 0.30, 1.0)
MAX_BINS = 100  # more bands than this would hold a handful of seats each


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class Relation(Display):
    """The result of :func:`relate`.

    Attributes
    ----------
    y, x : Metric, list of Metric
    election, universe : str
    n : int
        Seats used (with every measure present).
    correlation : dict
        pearson_r, ci_low, ci_high, p_value, spearman_rho, spearman_p (first X only).
    coefficients : DataFrame
        term, coef, std_err, t, p_value, ci_low, ci_high.
    fit : dict
        r_squared, adj_r_squared, f_pvalue, residual_std, ci_level.
    above, below : DataFrame
        The seats furthest above and below the fitted line: ons_code, name, y, fitted,
        residual.
    bins : DataFrame
        band, lower, upper, n, mean_y, median_y, min_y, max_y (bands of the first X).
    data : DataFrame
        ons_code, name, country, region, winner, y, x columns (by metric key), fitted,
        residual.
    """

    y: Metric
    x: list[Metric]
    election: str
    universe: str
    n: int
    correlation: dict[str, float]
    coefficients: pd.DataFrame
    fit: dict[str, float]
    above: pd.DataFrame
    below: pd.DataFrame
    bins: pd.DataFrame
    data: pd.DataFrame
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "y": self.y.to_dict(),
            "x": [m.to_dict() for m in self.x],
            "election": self.election,
            "universe": self.universe,
            "n": self.n,
            "correlation": self.correlation,
            "coefficients": self.coefficients,
            "fit": self.fit,
            "above": self.above,
            "below": self.below,
            "bins": self.bins,
            "notes": self.notes,
        }


def pearson_ci(r: float, n: int, *, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for Pearson's r by Fisher's z transform.

    Examples
    --------
    >>> lo, hi = pearson_ci(0.5, 103)
    >>> round(lo, 3), round(hi, 3)
    (0.339, 0.632)
    """
    from scipy.stats import norm

    if n <= 3 or not -1 < r < 1:
        return (float("nan"), float("nan")) if n <= 3 else (r, r)
    z, se = math.atanh(r), 1 / math.sqrt(n - 3)
    q = float(norm.ppf(0.5 + level / 2))
    return math.tanh(z - q * se), math.tanh(z + q * se)


def relate(
    y: str,
    x: str | Sequence[str],
    *,
    election: str | int = "ge2024",
    where: Where = None,
    bins: int | Sequence[float] | None = None,
    top: int = 5,
    level: float = 0.95,
    db: DB = None,
) -> Relation:
    """Correlate and regress the seat measure ``y`` on ``x`` across a universe of seats.

    Parameters
    ----------
    y : str
        A metric (see :mod:`psephos.analysis.metrics`), e.g. ``change:Lab``.
    x : str or list of str
        One or more metrics, e.g. ``census:Muslim``; the first is used for the correlation
        and the bands.
    where : filters
        The universe, e.g. ``"country=England,Wales"``.
    bins : int or list of float, optional
        Bands of the first X: a count (quantile bands) or edges. Default: edges 0, 2, 5,
        10, 20, 30, 100 % for share measures, otherwise quintiles.
    top : int
        How many seats to list above and below the fit.
    level : float
        Confidence level of the intervals.

    Returns
    -------
    Relation

    Raises
    ------
    ModelError
        with fewer than ``len(x) + 3`` seats, or an X that does not vary.

    References
    ----------
    See the module docstring (Fisher 1921; Seabold & Perktold 2010; Robinson 1950).
    """
    import numpy as np
    import statsmodels.api as sm
    from scipy import stats

    if not 0 < level < 1:
        raise InputError(f"The confidence level must be between 0 and 1; got {level}.")
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise InputError(f"--top must be 0 or more; got {top}.", hint="e.g. --top 5")
    el = resolve_election(election, db=db)
    ym = parse_metric(y, db=db)
    xs = [x] if isinstance(x, str) else list(x)
    if not xs:
        raise InputError("No X measure given.", hint="e.g. relate('change:Lab', 'census:Muslim').")
    xms = [parse_metric(v, db=db) for v in xs]
    seats, universe = apply_filters(where, election=el.election_id, db=db)
    data = seats[["ons_code", "name", "country", "region", "winner"]].copy()
    data["y"] = data["ons_code"].map(metric_values(ym, election=el.election_id, db=db))
    for m in xms:
        data[m.key] = data["ons_code"].map(metric_values(m, election=el.election_id, db=db))
    dropped = int(data[["y"] + [m.key for m in xms]].isna().any(axis=1).sum())
    data = data.dropna(subset=["y"] + [m.key for m in xms]).reset_index(drop=True)
    n = len(data)
    if n < len(xms) + 3:
        raise ModelError(
            f"Only {n} seats have every measure ({universe}); a regression on "
            f"{len(xms)} X needs at least {len(xms) + 3}.",
            hint="Widen the filters or choose measures available in more seats.",
        )
    for m in xms:
        if float(data[m.key].std()) == 0.0:
            raise ModelError(
                f"{m.key} takes one value in every seat of the universe.",
                hint="Choose a measure that varies across these seats.",
            )
    notes = []
    if dropped:
        universe += f"; {dropped} seats without every measure left out"
        notes.append(f"{dropped} seats without every measure were left out.")
    yv, x0 = data["y"].to_numpy(float), data[xms[0].key].to_numpy(float)
    r = float(np.corrcoef(x0, yv)[0, 1])
    lo, hi = pearson_ci(r, n, level=level)
    t_r = r * math.sqrt((n - 2) / max(1e-300, 1 - r * r))
    rho, rho_p = stats.spearmanr(x0, yv)
    correlation = {
        "pearson_r": r,
        "ci_low": lo,
        "ci_high": hi,
        "p_value": float(2 * stats.t.sf(abs(t_r), n - 2)),
        "spearman_rho": float(rho),
        "spearman_p": float(rho_p),
    }
    design = sm.add_constant(data[[m.key for m in xms]].to_numpy(float), has_constant="add")
    model = sm.OLS(yv, design).fit()
    ci = model.conf_int(alpha=1 - level)
    import pandas as pd

    coefficients = pd.DataFrame(
        {
            "term": ["const"] + [m.key for m in xms],
            "coef": model.params,
            "std_err": model.bse,
            "t": model.tvalues,
            "p_value": model.pvalues,
            "ci_low": ci[:, 0],
            "ci_high": ci[:, 1],
        }
    )
    fit = {
        "r_squared": float(model.rsquared),
        "adj_r_squared": float(model.rsquared_adj),
        "f_pvalue": float(model.f_pvalue) if model.f_pvalue is not None else float("nan"),
        "residual_std": float(np.sqrt(model.scale)),
        "ci_level": level,
    }
    data["fitted"], data["residual"] = model.fittedvalues, model.resid
    cols = ["ons_code", "name", "y", "fitted", "residual"]
    above = data.nlargest(top, "residual")[cols].reset_index(drop=True)
    below = data.nsmallest(top, "residual")[cols].reset_index(drop=True)
    return Relation(
        ym,
        xms,
        el.election_id,
        universe,
        n,
        correlation,
        coefficients,
        fit,
        above,
        below,
        binned(data, xms[0], bins),
        data,
        notes,
    )


def binned(
    data: pd.DataFrame, xm: Metric, bins: int | Sequence[float] | None = None
) -> pd.DataFrame:
    """Mean, median and range of ``data["y"]`` by band of ``data[xm.key]``.

    Returns
    -------
    DataFrame
        band (e.g. "10–20%"), lower, upper, n, mean_y, median_y, min_y, max_y.
    """
    import pandas as pd

    x = data[xm.key]
    if bins is None and xm.unit == "share":
        edges = list(DEFAULT_SHARE_BINS)
    elif bins is None or isinstance(bins, int):
        count = 5 if bins is None else int(bins)
        if not 1 <= count <= MAX_BINS:
            raise InputError(
                f"The number of bins must be between 1 and {MAX_BINS}; got {count}.",
                hint="e.g. --bins 5",
            )
        edges = sorted(set(x.quantile([i / count for i in range(count + 1)]).tolist()))
    else:
        edges = [float(b) for b in bins]
        if not all(math.isfinite(e) for e in edges):
            raise InputError(
                f"Band edges must be finite numbers; got {', '.join(map(str, edges))}.",
                hint="e.g. --bins 0,0.05,0.1,0.2,1",
            )
        if len(edges) > MAX_BINS + 1:
            raise InputError(f"At most {MAX_BINS + 1} band edges; got {len(edges)}.")
        if len(set(edges)) != len(edges):
            raise InputError(
                "Band edges must all differ; "
                f"{', '.join(f'{e:g}' for e in sorted(edges))} repeats one.",
                hint="e.g. --bins 0,0.05,0.1,0.2,1",
            )
        edges = sorted(edges)
    if len(edges) < 2:
        raise InputError("Bands need at least two edges.", hint="e.g. bins=[0, 0.1, 0.2, 1].")
    cut = (
        pd.cut(x, edges, include_lowest=True, right=False)
        if xm.unit == "share" and bins is None
        else pd.cut(x, edges, include_lowest=True)
    )
    rows = []
    for interval, part in data.groupby(cut, observed=False):
        y = part["y"]
        rows.append(
            {
                "band": _band_label(interval.left, interval.right, xm.unit),
                "lower": float(interval.left),
                "upper": float(interval.right),
                "n": int(len(part)),
                "mean_y": float(y.mean()) if len(y) else None,
                "median_y": float(y.median()) if len(y) else None,
                "min_y": float(y.min()) if len(y) else None,
                "max_y": float(y.max()) if len(y) else None,
            }
        )
    return pd.DataFrame(rows)


def _band_label(lo: float, hi: float, unit: str) -> str:
    if unit == "share":
        lo_t, hi_t = f"{max(lo, 0) * 100:g}", f"{hi * 100:g}"
        return f"{lo_t}–{hi_t}%"
    return f"{lo:,.4g}–{hi:,.4g}"
