"""Every question set through the same evaluation `bot eval` runs: each set's floor must hold.

The floors are the sets' figures once their first run was recorded and the general fixes they prompted were
made (tests/README.md has each set's role and first-run figure); a fall below one is a regression.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import calibration, evaluate, load_cases, summary

HERE = Path(__file__).resolve().parent

FLOORS = {
    # set: (accuracy at least, declined at least, wrong at most)
    "dev/cases.jsonl": (1.00, 0.95, 0.01),
    "dev/cases.csv": (1.00, 0.95, 0.02),
    "blind/cases.jsonl": (0.98, 0.95, 0.01),
    "blind2/cases.jsonl": (1.00, 0.95, 0.01),
    "blind3/cases.jsonl": (0.97, 0.95, 0.01),
    "blind4/cases.jsonl": (0.98, 0.95, 0.01),
    "blind5/cases.jsonl": (0.98, 0.95, 0.01),
    "blind8/cases.jsonl": (0.96, 0.95, 0.01),
    "blind9/cases.jsonl": (
        0.91,
        0.95,
        0.01,
    ),  # lowered a point when a business model came to mean how a party
    # earns (eight cases rose on other sets; "the marketplace model ... monetise now" fell just under the threshold)
    "blind6/cases.jsonl": (1.00, 0.95, 0.01),
    "blind7/cases.jsonl": (0.97, 0.95, 0.02),
    "blind10/cases.jsonl": (0.93, 0.95, 0.02),
    "blind11/cases.jsonl": (0.97, 0.95, 0.01),  # lowered a point when a wh-question of another year than a
    # dated rumour came to be declined for that year ("The fee Alibaba supposedly charged social sites in 2013 - what
    # was it for?" is now "doesn't say for 2013", with the 2012 rumour; blind321's wrong answer of the same shape rose)
    "blind12/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.872 / 1.000 / 0.017
    "blind13/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.880 / 0.971 / 0.025
    "blind14/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.850 / 0.972 / 0.026
    "blind15/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.880 / 0.971 / 0.025
    "blind16/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.791 / 0.971 / 0.058
    "blind17/cases.jsonl": (0.95, 0.94, 0.01),  # first run 0.707 / 0.912 / 0.026
    "blind18/cases.jsonl": (0.84, 0.95, 0.01),  # first run 0.605 / 0.943 / 0.026
    "blind19/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.729 / 0.971 / 0.059
    "blind20/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.892 / 1.000 / 0.017
    "blind21/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.928 / 1.000 / 0.000
    "blind22/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.940 / 0.971 / 0.025
    "blind23/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.892 / 1.000 / 0.017
    "blind24/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.850 / 1.000 / 0.017
    "blind25/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.915 / 1.000 / 0.000
    "blind26/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.952 / 0.971 / 0.008
    "blind27/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.919 / 0.939 / 0.025
    "blind28/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.841 / 0.972 / 0.025
    "blind29/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.798 / 1.000 / 0.017
    "blind30/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.919 / 1.000 / 0.000
    "blind31/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.905 / 0.971 / 0.008
    "blind32/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.847 / 1.000 / 0.025
    "blind33/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.881 / 0.972 / 0.017
    "blind34/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.702 / 0.914 / 0.101
    "blind35/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.953 / 1.000 / 0.017
    "blind36/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.920 / 0.970 / 0.025
    "blind37/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.810 / 0.972 / 0.025; lowered a point when four-
    # letter words came to meet their -ed/-ing forms ("base"/"based"): one follow-up became a tie, asked back
    "blind38/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.951 / 1.000 / 0.009
    "blind39/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.008
    "blind40/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.817 / 0.914 / 0.043
    "blind41/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.915 / 0.970 / 0.009
    "blind42/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.953 / 1.000 / 0.000
    "blind43/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.894 / 0.970 / 0.008
    "blind44/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.942 / 1.000 / 0.017
    "blind45/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.008
    "blind46/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.869 / 1.000 / 0.017; lowered a point when
    # "they" of one company came to mean that company first: a follow-up that had passed on "Mogujie and QQ
    # Tech" is now asked back (and two wrong answers in blind103 are right)
    "blind47/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.000
    "blind48/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.906 / 1.000 / 0.008
    "blind49/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.951 / 1.000 / 0.017
    "blind50/cases.jsonl": (0.96, 0.95, 0.03),  # first run 0.882 / 1.000 / 0.025
    "blind51/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.893 / 1.000 / 0.000
    "blind52/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.867 / 1.000 / 0.008
    "blind53/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.849 / 1.000 / 0.017
    "blind54/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.927 / 0.971 / 0.009
    "blind55/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.857 / 0.972 / 0.008
    "blind56/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.000
    "blind57/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.907 / 1.000 / 0.025
    "blind58/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.821 / 0.971 / 0.034
    "blind59/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.930 / 1.000 / 0.025
    "blind60/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.850 / 1.000 / 0.009
    "blind61/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.905 / 1.000 / 0.009
    "blind62/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.916 / 1.000 / 0.000
    "blind63/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.942 / 1.000 / 0.000
    "blind64/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.867 / 0.972 / 0.025
    "blind65/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.871 / 1.000 / 0.025
    "blind66/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.852 / 1.000 / 0.009
    "blind67/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.838 / 1.000 / 0.017
    "blind68/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.843 / 0.972 / 0.017
    "blind69/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.845 / 0.941 / 0.059
    "blind70/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.871 / 1.000 / 0.008
    "blind71/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.965 / 1.000 / 0.000
    "blind72/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.735 / 0.912 / 0.060
    "blind73/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind74/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.860 / 1.000 / 0.025
    "blind75/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.000
    "blind76/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.000
    "blind77/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 0.971 / 0.008
    "blind78/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.929 / 0.971 / 0.017
    "blind79/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.857 / 1.000 / 0.025
    "blind80/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind81/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 0.971 / 0.008
    "blind82/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.953 / 1.000 / 0.017
    "blind83/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.953 / 1.000 / 0.000
    "blind84/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.952 / 0.943 / 0.017
    "blind85/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.976 / 0.971 / 0.017
    "blind86/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.916 / 1.000 / 0.017
    "blind87/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.000
    "blind88/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.918 / 0.971 / 0.008
    "blind89/cases.jsonl": (
        0.95,
        0.95,
        0.01,
    ),  # first run 0.928 / 1.000 / 0.000; lowered a point with blind9's
    "blind90/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.017
    "blind91/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.008
    "blind92/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.840 / 1.000 / 0.017
    "blind93/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.907 / 0.970 / 0.017
    "blind94/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.919 / 1.000 / 0.008
    "blind95/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.008
    "blind96/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.929 / 0.971 / 0.008
    "blind97/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.977 / 1.000 / 0.000
    "blind98/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.929 / 0.971 / 0.017
    "blind99/cases.jsonl": (
        1.00,
        0.95,
        0.01,
    ),  # first run 0.829 / 0.970 / 0.104 (six "True:"/"False:" judged wrong)
    "blind100/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.899 / 1.000 / 0.027
    "blind101/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.000
    "blind102/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.838 / 0.914 / 0.078
    "blind103/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.845 / 0.914 / 0.067
    "blind104/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.912 / 1.000 / 0.026
    "blind105/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.815 / 1.000 / 0.000
    "blind106/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.887 / 0.971 / 0.009
    "blind107/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.914 / 1.000 / 0.009
    "blind108/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.936 / 1.000 / 0.000
    "blind109/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.880 / 0.938 / 0.017
    "blind110/cases.jsonl": (0.93, 0.94, 0.03),  # first run 0.778 / 0.912 / 0.052
    "blind111/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.864 / 0.971 / 0.017
    "blind112/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.914 / 0.971 / 0.026
    "blind113/cases.jsonl": (0.88, 0.95, 0.06),  # first run 0.771 / 0.941 / 0.068
    "blind114/cases.jsonl": (0.90, 0.95, 0.02),  # first run 0.857 / 0.943 / 0.027 (0.90 to 0.89: one case
    # expects an answer to whether the rumoured purchase happened, which is now declined, as newer sets expect)
    "blind115/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.866 / 1.000 / 0.017
    "blind116/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.890 / 0.879 / 0.061
    "blind117/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.852 / 0.941 / 0.026
    "blind118/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.848 / 1.000 / 0.017
    "blind119/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.872 / 0.973 / 0.026
    "blind120/cases.jsonl": (0.93, 0.94, 0.05),  # first run 0.864 / 0.912 / 0.070
    "blind121/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.825 / 1.000 / 0.009
    "blind122/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.890 / 0.970 / 0.043
    "blind123/cases.jsonl": (0.97, 0.91, 0.04),  # first run 0.775 / 0.857 / 0.061
    "blind124/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.841 / 1.000 / 0.017
    "blind125/cases.jsonl": (0.87, 0.95, 0.02),  # first run 0.805 / 0.970 / 0.035
    "blind126/cases.jsonl": (0.96, 0.93, 0.03),  # first run 0.927 / 0.939 / 0.026
    "blind127/cases.jsonl": (0.98, 0.95, 0.02),  # first run 0.866 / 0.970 / 0.035
    "blind128/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.017
    "blind129/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.927 / 0.970 / 0.026
    "blind130/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.859 / 0.973 / 0.035
    "blind131/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.929 / 1.000 / 0.009
    "blind132/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.904 / 1.000 / 0.000
    "blind133/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.900 / 0.971 / 0.035
    "blind134/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.900 / 1.000 / 0.009
    "blind135/cases.jsonl": (0.95, 0.95, 0.02),  # first run 0.900 / 0.971 / 0.035
    "blind136/cases.jsonl": (0.93, 0.95, 0.02),  # first run 0.877 / 1.000 / 0.026
    "blind137/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.916 / 0.969 / 0.009
    "blind138/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.935 / 0.974 / 0.009
    "blind139/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 0.971 / 0.009
    "blind140/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.987 / 0.944 / 0.018
    "blind141/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.915 / 1.000 / 0.027
    "blind142/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.869 / 0.912 / 0.059
    "blind143/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.817 / 0.939 / 0.052
    "blind144/cases.jsonl": (0.95, 0.95, 0.02),  # first run 0.926 / 1.000 / 0.017
    "blind145/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.939 / 0.974 / 0.017
    "blind146/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.877 / 0.971 / 0.043
    "blind147/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.889 / 0.971 / 0.017
    "blind148/cases.jsonl": (0.95, 0.95, 0.02),  # first run 0.902 / 0.909 / 0.043
    "blind149/cases.jsonl": (0.94, 0.95, 0.02),  # first run 0.942 / 0.971 / 0.017
    "blind150/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.922 / 0.972 / 0.018
    "blind151/cases.jsonl": (0.89, 0.94, 0.03),  # first run 0.821 / 0.946 / 0.035
    "blind152/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.815 / 0.943 / 0.043
    "blind153/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.904 / 0.970 / 0.026
    "blind154/cases.jsonl": (0.95, 0.91, 0.04),  # first run 0.837 / 0.912 / 0.058
    "blind155/cases.jsonl": (0.90, 0.95, 0.03),  # first run 0.859 / 0.941 / 0.050
    "blind156/cases.jsonl": (0.92, 0.95, 0.03),  # first run 0.875 / 0.971 / 0.026
    "blind157/cases.jsonl": (0.93, 0.95, 0.02),  # first run 0.855 / 0.923 / 0.061
    "blind158/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.910 / 0.973 / 0.017
    "blind159/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.837 / 1.000 / 0.034
    "blind160/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.901 / 1.000 / 0.009
    "blind161/cases.jsonl": (0.84, 0.95, 0.04),  # first run 0.807 / 0.972 / 0.050
    "blind162/cases.jsonl": (0.90, 0.95, 0.02),  # first run 0.890 / 1.000 / 0.026
    "blind163/cases.jsonl": (0.90, 0.95, 0.04),  # first run 0.840 / 0.970 / 0.035
    "blind164/cases.jsonl": (0.88, 0.95, 0.04),  # first run 0.762 / 1.000 / 0.034
    "blind165/cases.jsonl": (0.88, 0.91, 0.06),  # first run 0.877 / 0.912 / 0.052
    "blind166/cases.jsonl": (0.84, 0.95, 0.06),  # first run 0.765 / 0.971 / 0.052
    "blind167/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.929 / 0.967 / 0.017
    "blind168/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.838 / 0.971 / 0.035
    "blind169/cases.jsonl": (0.90, 0.94, 0.03),  # first run 0.843 / 0.941 / 0.017
    "blind170/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.901 / 1.000 / 0.017
    "blind171/cases.jsonl": (0.88, 0.95, 0.03),  # first run 0.835 / 1.000 / 0.034
    "blind172/cases.jsonl": (0.96, 0.91, 0.03),  # first run 0.912 / 0.917 / 0.034
    "blind173/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.904 / 0.969 / 0.017
    "blind174/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.892 / 1.000 / 0.009
    "blind175/cases.jsonl": (0.95, 0.95, 0.02),  # first run 0.940 / 0.971 / 0.017
    "blind176/cases.jsonl": (0.90, 0.94, 0.04),  # first run 0.887 / 0.943 / 0.043
    "blind177/cases.jsonl": (0.87, 0.88, 0.06),  # first run 0.805 / 0.882 / 0.069
    "blind178/cases.jsonl": (0.85, 0.94, 0.06),  # first run 0.790 / 0.944 / 0.068
    "blind179/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.659 / 1.000 / 0.009
    "blind180/cases.jsonl": (0.84, 0.95, 0.03),  # first run 0.774 / 1.000 / 0.026
    "blind181/cases.jsonl": (0.88, 0.95, 0.01),  # first run 0.850 / 1.000 / 0.000
    "blind182/cases.jsonl": (0.90, 0.88, 0.06),  # first run 0.819 / 0.882 / 0.077
    "blind183/cases.jsonl": (0.88, 0.93, 0.03),  # first run 0.821 / 0.939 / 0.043
    # lowered one case (b184-010): an additive "X too, or just Y?" now says the story doesn't say it of X,
    # as seven cases of that shape in other sets expect (2026-11-29, the twenty-fourth session)
    "blind184/cases.jsonl": (0.86, 0.95, 0.05),  # first run 0.756 / 0.970 / 0.076
    "blind185/cases.jsonl": (0.92, 0.91, 0.06),  # first run 0.885 / 0.919 / 0.070
    "blind186/cases.jsonl": (0.90, 0.95, 0.03),  # first run 0.847 / 1.000 / 0.042
    "blind187/cases.jsonl": (0.90, 0.95, 0.02),  # first run 0.845 / 0.968 / 0.017
    "blind188/cases.jsonl": (0.95, 0.95, 0.04),  # first run 0.895 / 0.941 / 0.050
    "blind189/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.951 / 1.000 / 0.017
    "blind190/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.916 / 1.000 / 0.017
    "blind191/cases.jsonl": (0.85, 0.95, 0.01),  # first run 0.691 / 1.000 / 0.026
    "blind192/cases.jsonl": (0.93, 0.95, 0.04),  # first run 0.899 / 0.971 / 0.035
    "blind193/cases.jsonl": (0.95, 0.95, 0.04),  # first run 0.878 / 0.970 / 0.035
    "blind194/cases.jsonl": (0.91, 0.95, 0.03),  # first run 0.904 / 0.969 / 0.026
    "blind195/cases.jsonl": (0.93, 0.94, 0.03),  # first run 0.914 / 0.941 / 0.026
    "blind196/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.961 / 1.000 / 0.000
    "blind197/cases.jsonl": (0.96, 0.94, 0.04),  # first run 0.867 / 0.941 / 0.051
    "blind198/cases.jsonl": (0.94, 0.87, 0.07),  # first run 0.904 / 0.879 / 0.078
    "blind199/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.805 / 0.970 / 0.043
    "blind200/cases.jsonl": (0.86, 0.95, 0.03),  # first run 0.775 / 1.000 / 0.052
    "blind201/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.900 / 1.000 / 0.017
    "blind202/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.793 / 1.000 / 0.026
    "blind203/cases.jsonl": (0.82, 0.95, 0.02),  # first run 0.793 / 1.000 / 0.018
    "blind204/cases.jsonl": (0.80, 0.94, 0.07),  # first run 0.691 / 0.941 / 0.061
    "blind205/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.852 / 1.000 / 0.053
    "blind206/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.835 / 0.971 / 0.027
    "blind207/cases.jsonl": (0.78, 0.95, 0.01),  # first run 0.678 / 0.969 / 0.017
    "blind208/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.017
    "blind209/cases.jsonl": (0.88, 0.84, 0.07),  # first run 0.839 / 0.844 / 0.076
    "blind210/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.872 / 1.000 / 0.017
    "blind211/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.816 / 1.000 / 0.036
    "blind212/cases.jsonl": (0.89, 0.93, 0.06),  # first run 0.829 / 0.879 / 0.078
    "blind213/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.867 / 1.000 / 0.009
    "blind214/cases.jsonl": (0.91, 0.94, 0.02),  # first run 0.875 / 0.943 / 0.043
    "blind215/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.765 / 1.000 / 0.026
    "blind216/cases.jsonl": (0.90, 0.95, 0.02),  # first run 0.864 / 0.971 / 0.035
    "blind217/cases.jsonl": (0.89, 0.95, 0.03),  # first run 0.833 / 1.000 / 0.034
    "blind218/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.894 / 1.000 / 0.008
    "blind219/cases.jsonl": (0.88, 0.93, 0.03),  # first run 0.873 / 0.939 / 0.027
    "blind220/cases.jsonl": (0.88, 0.95, 0.01),  # first run 0.868 / 0.972 / 0.018
    "blind221/cases.jsonl": (0.82, 0.91, 0.06),  # first run 0.750 / 0.912 / 0.070
    "blind222/cases.jsonl": (0.82, 0.95, 0.03),  # first run 0.780 / 0.971 / 0.043
    "blind223/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.793 / 1.000 / 0.061
    "blind224/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.905 / 0.939 / 0.043
    "blind225/cases.jsonl": (0.93, 0.95, 0.02),  # first run 0.864 / 0.938 / 0.033
    "blind226/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.846 / 0.944 / 0.061
    "blind227/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.875 / 1.000 / 0.018
    "blind228/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.911 / 0.972 / 0.017
    "blind229/cases.jsonl": (0.89, 0.95, 0.02),  # first run 0.843 / 1.000 / 0.017
    "blind230/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.812 / 1.000 / 0.017
    "blind231/cases.jsonl": (0.86, 0.95, 0.01),  # first run 0.833 / 1.000 / 0.008
    "blind232/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.912 / 0.971 / 0.017
    "blind233/cases.jsonl": (0.81, 0.95, 0.01),  # first run 0.778 / 0.939 / 0.026
    "blind234/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.900 / 1.000 / 0.009
    "sample/cases.jsonl": (1.00, 1.0, 0.0),
    "blind235/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.833 / 1.000 / 0.025
    "blind236/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.901 / 1.000 / 0.026
    "blind237/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.890 / 0.971 / 0.026
    "blind238/cases.jsonl": (
        0.84,
        0.95,
        0.01,
    ),  # first run 0.817 / 1.000 / 0.009 (0.85 held by b238-115, a wrong "No" whose words matched)
    "blind239/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.915 / 0.971 / 0.034
    "blind240/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.914 / 1.000 / 0.009
    "blind241/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.938 / 0.941 / 0.035
    "blind242/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.882 / 1.000 / 0.008
    "blind243/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.915 / 1.000 / 0.000
    "blind244/cases.jsonl": (0.88, 0.95, 0.01),  # first run 0.831 / 1.000 / 0.009
    "blind245/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.907 / 0.939 / 0.025
    "blind246/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.940 / 0.971 / 0.017
    "blind247/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.852 / 1.000 / 0.009
    "blind248/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.905 / 0.971 / 0.017
    "blind249/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.866 / 0.912 / 0.034
    "blind250/cases.jsonl": (0.86, 0.95, 0.01),  # first run 0.814 / 1.000 / 0.000
    "blind251/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.938 / 0.971 / 0.017
    "blind252/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.926 / 1.000 / 0.017
    "blind253/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.938 / 0.941 / 0.017
    "blind254/cases.jsonl": (0.96, 0.95, 0.02),  # first run 0.901 / 1.000 / 0.026
    "blind255/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.940 / 0.971 / 0.017
    "blind256/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.926 / 1.000 / 0.017
    "blind257/cases.jsonl": (0.97, 0.94, 0.02),  # first run 0.952 / 0.941 / 0.017
    "blind258/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.000
    "blind259/cases.jsonl": (0.95, 0.95, 0.02),  # first run 0.901 / 1.000 / 0.035
    "blind260/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.892 / 1.000 / 0.009
    "blind261/cases.jsonl": (0.93, 0.94, 0.05),  # first run 0.915 / 0.941 / 0.043
    "blind262/cases.jsonl": (0.85, 0.95, 0.01),  # first run 0.845 / 1.000 / 0.000
    "blind264/cases.jsonl": (0.92, 0.94, 0.02),  # first run 0.914 / 0.912 / 0.026
    "blind267/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.925 / 0.971 / 0.009
    "blind268/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.000
    "blind263/cases.jsonl": (0.84, 0.95, 0.03),  # first run 0.741 / 1.000 / 0.050
    "blind266/cases.jsonl": (0.95, 0.95, 0.02),  # first run 0.912 / 0.971 / 0.018
    "blind265/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.904 / 1.000 / 0.009
    "blind269/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind270/cases.jsonl": (0.98, 0.95, 0.02),  # first run 0.916 / 0.971 / 0.017
    "blind271/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.878 / 0.970 / 0.017
    "blind272/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.938 / 0.971 / 0.018
    "blind273/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 1.000 / 0.009
    "blind274/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind275/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.864 / 1.000 / 0.026
    "blind276/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.914 / 1.000 / 0.017
    "blind278/cases.jsonl": (0.88, 0.95, 0.01),  # first run 0.855 / 0.971 / 0.026
    "blind277/cases.jsonl": (0.90, 0.94, 0.02),  # first run 0.889 / 0.941 / 0.017
    "blind279/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.000
    "blind280/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.017
    "blind281/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.926 / 0.971 / 0.009
    "blind282/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.912 / 0.971 / 0.009
    "blind283/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.916 / 0.971 / 0.017
    "blind284/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.000
    "blind285/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.852 / 1.000 / 0.034
    "blind286/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.916 / 0.969 / 0.009
    "blind287/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.863 / 1.000 / 0.035
    "blind289/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.904 / 1.000 / 0.000
    "blind290/cases.jsonl": (1.00, 0.94, 0.03),  # first run 0.963 / 0.941 / 0.026
    "blind288/cases.jsonl": (0.95, 0.94, 0.05),  # first run 0.878 / 0.941 / 0.043
    "blind293/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.847 / 1.000 / 0.034
    "blind291/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.915 / 0.970 / 0.017
    "blind292/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.009
    "blind294/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.914 / 0.971 / 0.043
    "blind295/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.000
    # lowered one case (b296-026): an additive "X too, or just Y?" now says the story doesn't say it of X,
    # as seven cases of that shape in other sets expect (2026-11-29, the twenty-fourth session)
    "blind296/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.928 / 1.000 / 0.009
    "blind298/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.009
    "blind297/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.988 / 0.971 / 0.009
    "blind299/cases.jsonl": (1.00, 0.95, 0.01),  # first run 1.000 / 1.000 / 0.000
    "blind300/cases.jsonl": (0.88, 0.95, 0.02),  # first run 0.889 / 1.000 / 0.017
    "blind301/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.881 / 1.000 / 0.000
    "blind302/cases.jsonl": (0.84, 0.95, 0.01),  # first run 0.786 / 0.943 / 0.034
    "blind303/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.000
    "blind304/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.854 / 0.971 / 0.026
    "blind305/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.929 / 1.000 / 0.008
    "blind306/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.916 / 1.000 / 0.008
    "blind307/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.917 / 0.972 / 0.008
    "blind308/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.926 / 0.971 / 0.026
    "blind309/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.892 / 0.972 / 0.008
    "blind310/cases.jsonl": (0.95, 0.95, 0.03),  # first run 0.901 / 0.971 / 0.034
    "blind311/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.850 / 1.000 / 0.009
    "blind312/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.929 / 0.972 / 0.025
    "blind314/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.009
    "blind315/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind316/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.869 / 0.972 / 0.042
    "blind317/cases.jsonl": (0.94, 0.95, 0.02),  # first run 0.929 / 1.000 / 0.025
    "blind318/cases.jsonl": (0.88, 0.95, 0.03),  # first run 0.867 / 0.971 / 0.034
    "blind319/cases.jsonl": (0.86, 0.95, 0.01),  # first run 0.867 / 1.000 / 0.008
    "blind320/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.912 / 0.971 / 0.017
    "blind321/cases.jsonl": (0.92, 0.95, 0.03),  # first run 0.915 / 0.944 / 0.034
    "blind322/cases.jsonl": (0.95, 0.94, 0.02),  # first run 0.928 / 0.944 / 0.017
    "blind323/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.952 / 0.971 / 0.017
    "blind324/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.009
    "blind325/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.927 / 1.000 / 0.000
    "blind326/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 0.972 / 0.017
    "blind327/cases.jsonl": (0.89, 0.94, 0.04),  # first run 0.854 / 0.944 / 0.051
    "blind328/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.025
    "blind329/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.901 / 1.000 / 0.017
    "blind330/cases.jsonl": (0.90, 0.94, 0.05),  # first run 0.905 / 0.943 / 0.042
    "blind331/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.940 / 0.971 / 0.017
    "blind332/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.008
    "blind333/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.009
    "blind334/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.927 / 1.000 / 0.017
    "blind335/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.976 / 0.971 / 0.017
    "blind336/cases.jsonl": (0.88, 0.95, 0.01),  # first run 0.857 / 1.000 / 0.008
    "blind337/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.964 / 0.914 / 0.025
    "blind338/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind339/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.928 / 0.971 / 0.008
    "blind340/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.008
    "blind341/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.840 / 0.971 / 0.017
    "blind342/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.940 / 1.000 / 0.008
    "blind343/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.000
    "blind344/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.000
    "blind345/cases.jsonl": (0.95, 0.94, 0.03),  # first run 0.952 / 0.944 / 0.025
    "blind346/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind347/cases.jsonl": (0.86, 0.95, 0.01),  # first run 0.848 / 1.000 / 0.000
    "blind348/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.904 / 1.000 / 0.000
    "blind349/cases.jsonl": (0.86, 0.95, 0.02),  # first run 0.817 / 0.943 / 0.043
    "blind350/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 0.971 / 0.017
    "blind351/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.929 / 0.971 / 0.025
    "blind352/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.926 / 0.972 / 0.009
    "blind353/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.915 / 0.943 / 0.026
    "blind354/cases.jsonl": (0.93, 0.95, 0.02),  # first run 0.926 / 0.971 / 0.017
    "blind355/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 0.971 / 0.017
    "blind356/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.904 / 0.971 / 0.034
    "blind357/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind358/cases.jsonl": (0.87, 0.95, 0.02),  # first run 0.866 / 0.944 / 0.034
    "blind359/cases.jsonl": (0.94, 0.95, 0.02),  # first run 0.916 / 0.971 / 0.017
    "blind360/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.852 / 0.971 / 0.017
    "blind361/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 0.971 / 0.009
    "blind362/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.926 / 1.000 / 0.000
    "blind363/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.893 / 1.000 / 0.008
    "blind364/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.950 / 1.000 / 0.000
    "blind365/cases.jsonl": (0.87, 0.95, 0.01),  # first run 0.838 / 0.971 / 0.026
    "blind366/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.904 / 0.943 / 0.034
    "blind367/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.912 / 1.000 / 0.000
    "blind368/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.925 / 1.000 / 0.000
    "blind369/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.963 / 0.971 / 0.009
    "blind370/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 0.971 / 0.009
    "blind371/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.009
    "blind372/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.914 / 0.972 / 0.017
    "blind373/cases.jsonl": (0.91, 0.94, 0.03),  # first run 0.915 / 0.944 / 0.017
    "blind374/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.902 / 0.972 / 0.025
    "blind375/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.000
    "blind376/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.000
    "blind377/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.000
    "blind378/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.927 / 1.000 / 0.000
    "blind379/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.904 / 1.000 / 0.009
    "blind380/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.000
    "blind381/cases.jsonl": (0.86, 0.95, 0.01),  # first run 0.852 / 0.973 / 0.008
    "blind382/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.926 / 0.971 / 0.017
    "blind383/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind384/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.009
    "blind385/cases.jsonl": (0.83, 0.95, 0.02),  # first run 0.825 / 0.972 / 0.017
    "blind386/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.916 / 0.971 / 0.008
    "blind387/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.926 / 0.971 / 0.009
    "blind388/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.875 / 1.000 / 0.009
    "blind389/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.009
    "blind390/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.009
    "blind391/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.915 / 0.972 / 0.025
    "blind392/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.963 / 0.971 / 0.009
    "blind393/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind394/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind395/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.975 / 0.971 / 0.009
    "blind396/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.925 / 0.943 / 0.017
    "blind397/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.927 / 0.971 / 0.009
    "blind398/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind399/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.000
    "blind400/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.000
    "blind401/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.926 / 1.000 / 0.000
    "blind402/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 0.971 / 0.017
    "blind403/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.880 / 1.000 / 0.000
    "blind404/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.000
    "blind405/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.914 / 0.971 / 0.009
    "blind406/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.901 / 0.972 / 0.017
    "blind407/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.940 / 1.000 / 0.008
    "blind408/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.889 / 1.000 / 0.017
    "blind409/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.875 / 1.000 / 0.017
    "blind410/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.887 / 1.000 / 0.009
    "blind411/cases.jsonl": (0.95, 0.95, 0.03),  # first run 0.926 / 0.971 / 0.034
    "blind412/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.952 / 0.972 / 0.008
    "blind413/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.916 / 1.000 / 0.017
    "blind414/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 0.972 / 0.008
    "blind415/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.916 / 1.000 / 0.008
    "blind416/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind417/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.000
    "blind418/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind419/cases.jsonl": (0.88, 0.95, 0.01),  # first run 0.864 / 1.000 / 0.009
    "blind420/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 0.941 / 0.017
    "blind421/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.009
    "blind422/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.926 / 0.972 / 0.009
    "blind423/cases.jsonl": (0.90, 0.95, 0.03),  # first run 0.890 / 0.971 / 0.026
    "blind424/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.009
    "blind425/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.893 / 1.000 / 0.017
    "blind426/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 1.000 / 0.000
    "blind427/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind428/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.009
    "blind429/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.869 / 0.971 / 0.034
    "blind430/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.017
    "blind431/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.916 / 0.971 / 0.025
    "blind432/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.008
    "blind433/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.940 / 1.000 / 0.008
    "blind434/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.964 / 0.972 / 0.008
    "blind435/cases.jsonl": (0.87, 0.95, 0.01),  # first run 0.863 / 1.000 / 0.009
    "blind436/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.877 / 1.000 / 0.009
    "blind437/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.905 / 0.972 / 0.008
    "blind438/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.887 / 1.000 / 0.026
    "blind439/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.864 / 0.972 / 0.026
    "blind440/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.000
    "blind441/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.952 / 1.000 / 0.000
    "blind442/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.000
    "blind443/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.938 / 0.971 / 0.009
    "blind444/cases.jsonl": (0.86, 0.95, 0.01),  # first run 0.852 / 1.000 / 0.009
    "blind445/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind446/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 1.000 / 0.000
    "blind447/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind448/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.927 / 1.000 / 0.000
    "blind449/cases.jsonl": (0.95, 0.95, 0.03),  # first run 0.951 / 0.971 / 0.026
    "blind450/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.951 / 0.972 / 0.034
    "blind451/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.901 / 0.971 / 0.017
    "blind452/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.890 / 1.000 / 0.000
    "blind453/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.975 / 0.971 / 0.009
    "blind454/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.912 / 0.971 / 0.017
    "blind455/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.008
    "blind456/cases.jsonl": (0.98, 0.91, 0.04),  # first run 0.988 / 0.917 / 0.034
    "blind457/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.871 / 1.000 / 0.008
    "blind458/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.929 / 1.000 / 0.000
    "blind459/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 0.971 / 0.009
    "blind460/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 0.971 / 0.017
    "blind461/cases.jsonl": (0.93, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.000
    "blind462/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.938 / 1.000 / 0.000
    "blind463/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.927 / 0.971 / 0.009
    "blind464/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.951 / 1.000 / 0.000
    "blind465/cases.jsonl": (0.94, 0.95, 0.01),  # first run 0.905 / 1.000 / 0.008
    "blind466/cases.jsonl": (0.90, 0.94, 0.04),  # first run 0.904 / 0.943 / 0.034
    "blind467/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.917 / 1.000 / 0.000
    "blind468/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.914 / 0.971 / 0.017
    "blind469/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.017
    "blind470/cases.jsonl": (0.94, 0.94, 0.02),  # first run 0.928 / 0.912 / 0.034
    "blind471/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.905 / 1.000 / 0.008
    "blind472/cases.jsonl": (0.97, 0.91, 0.04),  # first run 0.976 / 0.917 / 0.034
    "blind473/cases.jsonl": (0.91, 0.95, 0.01),  # first run 0.915 / 0.971 / 0.009
    "blind474/cases.jsonl": (0.93, 0.95, 0.02),  # first run 0.938 / 0.971 / 0.017
    "blind475/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.975 / 1.000 / 0.000
    "blind476/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.017
    "blind477/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.009
    "blind478/cases.jsonl": (0.96, 0.94, 0.02),  # first run 0.963 / 0.914 / 0.026
    "blind479/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.901 / 0.971 / 0.009
    "blind480/cases.jsonl": (0.98, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.000
    "blind481/cases.jsonl": (0.91, 0.95, 0.02),  # first run 0.916 / 0.973 / 0.017
    "blind482/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.988 / 1.000 / 0.008
    "blind483/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.976 / 0.971 / 0.009
    "blind484/cases.jsonl": (0.95, 0.95, 0.01),  # first run 0.939 / 1.000 / 0.000
    "blind485/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.940 / 0.943 / 0.017
    "blind486/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.964 / 1.000 / 0.000
    "blind487/cases.jsonl": (1.00, 0.95, 0.01),  # first run 0.952 / 0.944 / 0.025
    "blind488/cases.jsonl": (0.92, 0.95, 0.01),  # first run 0.902 / 0.971 / 0.009
    "blind489/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.009
    "blind490/cases.jsonl": (0.90, 0.95, 0.01),  # first run 0.887 / 0.971 / 0.017
    "blind491/cases.jsonl": (0.92, 0.95, 0.02),  # first run 0.917 / 0.972 / 0.017
    "blind492/cases.jsonl": (0.96, 0.95, 0.01),  # first run 0.963 / 1.000 / 0.000
    "blind493/cases.jsonl": (0.89, 0.95, 0.01),  # first run 0.885 / 1.000 / 0.009
    "blind494/cases.jsonl": (0.97, 0.95, 0.01),  # first run 0.950 / 0.971 / 0.009
    "blind313/cases.jsonl": (0.94, 0.95, 0.02),  # first run 0.949 / 0.971 / 0.018
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_set_holds_its_floor(engine, name):
    accuracy, declined, wrong = FLOORS[name]
    stats = summary(evaluate(engine, load_cases(HERE / name)))
    assert stats["accuracy"] >= accuracy, stats
    assert stats["declined"] >= declined, stats
    assert stats["wrong"] <= wrong, stats


@pytest.fixture(scope="module")
def dev():
    return load_cases(HERE / "dev" / "cases.jsonl")


def test_every_kind_is_represented(dev):
    assert {c.kind for c in dev} == {"answerable", "followup", "unanswerable", "offtopic"}


def test_calibration_is_monotone_in_the_threshold(engine, dev):
    rows = calibration(engine, dev)
    declined = [r["declined"] for r in rows]
    assert declined == sorted(declined)
    assert all(r["right"] + r["wrong"] + r["declined"] == len(dev) for r in rows)
