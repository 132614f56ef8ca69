#!/usr/bin/env python3
"""Independent reference model for precompiles/swap, written from the
package documentation (not from the Go code), using Python's exact integers
and fractions. It writes vectors.json, which swap's tests replay.

    python3 refmodel.py > vectors.json
"""
import json
import math
import random
from fractions import Fraction

MIN_RESERVE = 10**6
FEE_DEN = 65535
MAX_FEE = 10000
CAP = 1000
U64 = 2**64 - 1
RAO = 10**9
SCALE = 10**18


def quote(tao, alpha, direction, amount, fee):
    if tao < MIN_RESERVE or alpha < MIN_RESERVE:
        return "InsufficientLiquidity"
    if fee > MAX_FEE:
        return "InvalidFee"
    rin, rout = (tao, alpha) if direction == "buy" else (alpha, tao)
    if amount == 0:
        return "ZeroAmount"
    if amount > CAP * rin:
        return "InputTooLarge"
    if rin + amount > U64:
        return "Overflow"
    fee_amt = math.ceil(Fraction(amount * fee, FEE_DEN))
    net = amount - fee_amt
    out = math.floor(Fraction(rout * net, rin + net))
    if out == 0:
        return "ZeroOutput"
    if rout - out < MIN_RESERVE:
        return "ReserveBelowMinimum"
    if direction == "buy":
        after = (tao + amount, alpha - out)
    else:
        after = (tao - out, alpha + amount)
    return {"fee": fee_amt, "out": out, "after_tao": after[0], "after_alpha": after[1]}


def price_ok(tao, alpha, direction, limit):
    p, l = Fraction(tao * RAO, alpha), limit
    return p <= l if direction == "buy" else p >= l


def max_input(tao, alpha, direction, limit, fee):
    """Largest input whose swap succeeds within the limit, by bisection."""
    rin = tao if direction == "buy" else alpha

    def fits(a):
        if a == 0:
            return True
        q = quote(tao, alpha, direction, a, fee)
        if q == "ZeroOutput":  # nothing paid yet: only the input reserve grew
            t, al = (tao + a, alpha) if direction == "buy" else (tao, alpha + a)
            return price_ok(t, al, direction, limit)
        if isinstance(q, str):
            return False
        return price_ok(q["after_tao"], q["after_alpha"], direction, limit)

    lo, hi = 0, min(CAP * rin, U64 - rin)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    if lo == 0 or isinstance(quote(tao, alpha, direction, lo, fee), str):
        return 0
    return lo


def ema(prev, spot, age, rate, halving):
    s = min(spot, SCALE)
    if age + halving == 0:
        return prev
    alpha = Fraction(rate, SCALE) * Fraction(age, age + halving)
    return math.floor(alpha * s + (1 - alpha) * prev)


def magnitude(rng):
    return rng.getrandbits(64) >> rng.randrange(64)


def main():
    rng = random.Random(20261126)
    fees = [0, 33, 196, 10000]
    quotes = []
    for i in range(400):
        tao = max(magnitude(rng), MIN_RESERVE - (i % 7 == 0))
        alpha = max(magnitude(rng), MIN_RESERVE)
        d = rng.choice(["buy", "sell"])
        amount = magnitude(rng)
        fee = fees[i % 4] if i % 50 else MAX_FEE + 1
        quotes.append({"tao": tao, "alpha": alpha, "dir": d, "in": amount, "fee": fee,
                       "result": quote(tao, alpha, d, amount, fee)})
    maxes = []
    for i in range(150):
        tao = max(rng.getrandbits(64) >> rng.randrange(40), MIN_RESERVE)
        alpha = max(rng.getrandbits(64) >> rng.randrange(40), MIN_RESERVE)
        d = rng.choice(["buy", "sell"])
        spot = tao * RAO // alpha
        r = rng.random()
        if r < 0.4:
            limit = spot + spot * rng.randrange(1, 1000) // 1000 if d == "buy" else spot - spot * rng.randrange(1, 1000) // 1000
        elif r < 0.6:
            limit = spot + rng.randrange(-3, 4)
        else:
            limit = rng.getrandbits(64) >> rng.randrange(64)
        limit = min(max(limit, 0), U64)
        fee = fees[i % 4]
        maxes.append({"tao": tao, "alpha": alpha, "dir": d, "limit": limit, "fee": fee,
                      "max": max_input(tao, alpha, d, limit, fee)})
    trajectories = []
    for rate, halving, start in [(3 * 10**12, 201600, 1), (3 * 10**12, 201600, 500000), (10**15, 10, 1), (SCALE, 0, 1)]:
        prev, steps = 0, []
        for b in range(start, start + 300):
            spot = rng.choice([rng.randrange(0, 2 * SCALE), rng.randrange(0, SCALE // 1000), SCALE, 0])
            prev = ema(prev, spot, b, rate, halving)
            steps.append({"spot": spot, "age": b, "next": prev})
        trajectories.append({"rate": rate, "halving": halving, "steps": steps})
    json.dump({"quotes": quotes, "max": maxes, "ema": trajectories}, indent=None, fp=__import__("sys").stdout)
    print()


if __name__ == "__main__":
    main()
