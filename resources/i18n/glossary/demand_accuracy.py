"""Simplified Chinese for the Demand review tab's accuracy page (预测准确率) and a product's
own flex band (弹性区间)."""

ZH = {
    "DemandReviewTab|Accuracy": "预测准确率",
    "AccuracyPage|Lag 1 is the forecast made in the meeting the month before; WMAPE = Σ|shipped − forecast| / "
    "Σ shipped (lower is better); value added = the baseline's WMAPE minus sales' (above 0: sales' adjustment "
    "beat the statistics).":
        "滞后 1 是上月评审会做出的预测；WMAPE = Σ|发货 − 预测| / Σ发货（越低越好）；"
        "附加值 = 统计基线的 WMAPE 减去销售预测的 WMAPE（大于 0：销售的调整胜过统计）。",
    "AccuracyPage|Month": "月份",
    "AccuracyPage|{0}: {1} product(s) forecast.": "{0}：共预测 {1} 个产品。",
    "AccuracyPage|No agreed review planned it at lag {0}: missing, not zero.":
        "滞后 {0} 没有已确认的需求评审：数据缺失，不按零计。",
    "AccuracyPage|All products": "全部产品",
    "AccuracyPage|Salesperson {0}": "销售员 {0}",
    "DemandReview|Lag": "滞后",
    "DemandReview|Who / what": "人员 / 产品",
    "DemandReview|Sales forecast": "销售预测",
    "DemandReview|Baseline": "统计基线",
    "DemandReview|Sales WMAPE": "销售 WMAPE",
    "DemandReview|Baseline WMAPE": "基线 WMAPE",
    "DemandReview|Sales bias": "销售偏差",
    "DemandReview|Value added": "附加值",
    "DemandReview|Lag {0}": "滞后 {0}",
    # a product's own flex band (弹性区间) from the meeting page
    "ConsensusPanel|Flex band…": "弹性区间…",
    "ConsensusPanel|Only a manager sets a product's flex band": "只有总经理可以设置产品的弹性区间",
    "ConsensusPanel|Select a product's line first": "请先选择一个产品行",
    "ConsensusPanel|How far above the consensus this product's production and supply targets reach":
        "该产品的生产目标和供应目标比共识量高出多少",
    "FlexDialog|Flex band of {0}": "{0} 的弹性区间",
    "FlexDialog|The product's own band.": "该产品自己的弹性区间。",
    "FlexDialog|The defaults (no band of its own yet).": "默认值（该产品尚未单独设置）。",
    "FlexDialog|Production target above the consensus": "生产目标高于共识量",
    "FlexDialog|Supply target above the consensus": "供应目标高于共识量",
    "FlexDialog|Use the defaults": "恢复默认值",
}
