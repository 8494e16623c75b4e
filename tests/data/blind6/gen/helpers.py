from common import *
def first(R, lv, level, pred=lambda r: True, skip=()):
    for i in lv[level]:
        if i not in skip and pred(R[i]):
            return i
    raise AssertionError('no row for ' + level)
