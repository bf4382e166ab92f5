"""The same work in pandas: read the file, price each row by HRG and point of delivery from the National Cost
Collection schedule (fallback: the point of delivery's activity-weighted mean), then the three views. Costs are
computed with pandas' float64, as a pandas user would; CareLedger's are exact decimals.

python3 pandas_run.py FILE NCC
"""
import sys
import time

import pandas as pd

SERVICES = {
    "Elective Inpatients": "elective", "Daycase": "daycase", "Regular Day or Night Admissions": "regular-day-night",
    "Non-Elective Inpatient - Short Stay": "non-elective-short", "Non-Elective Inpatient - Long Stay": "non-elective-long",
    "Consultant Led": "outpatient", "Emergency Care": "ae",
}

file, ncc = sys.argv[1], sys.argv[2]
start = time.perf_counter()
step = start


def done(label):
    global step
    now = time.perf_counter()
    print(f"{now - step:.2f}s  {label}")
    step = now


activity = pd.read_csv(file, dtype={"patient_id": "string", "record_id": "string", "provider": "category", "pod": "category",
                                    "hrg": "category", "sex": "category", "practice": "category", "diagnosis": "category"},
                       parse_dates=["date"])
done("read_csv")
prices = pd.read_csv(ncc, encoding="utf-8-sig", dtype=str)
prices["pod"] = prices["Service Code"].str.strip().map(SERVICES)
prices = prices.dropna(subset=["pod"])
prices["hrg"] = prices["Dept or Currency Code"].str.strip().str.upper()
prices["unit_cost"] = prices["Unit cost"].astype(float)
prices["activity"] = prices["Activity"].astype("int64")
fallback = (prices.assign(w=prices.unit_cost * prices.activity).groupby("pod")[["w", "activity"]].sum()
            .pipe(lambda g: g.w / g.activity).rename("fallback"))
costed = activity.merge(prices[["pod", "hrg", "unit_cost"]], how="left", on=["pod", "hrg"])
costed = costed.merge(fallback, how="left", left_on="pod", right_index=True)
costed["cost"] = costed["units"] * costed["unit_cost"].fillna(costed["fallback"])
done("cost by HRG")
costed.groupby(["provider", "pod"], observed=True)["cost"].agg(["count", "sum"])
done("spend by provider x pod")
per_patient = costed.groupby("patient_id")["cost"].sum().sort_values(ascending=False)
per_patient.head(20)
done("spend per patient")
top = per_patient.head(-(-len(per_patient) * 2 // 100))
print(f"top 2% share {top.sum() / per_patient.sum():.4f}")
done("top 2% share")
print(f"total {time.perf_counter() - start:.2f}s")
