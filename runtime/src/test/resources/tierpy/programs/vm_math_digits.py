# last-digit agreement: hypot/dist (vector_norm), erf/erfc, fsum, and sum's compensated float addition (3.12+)
import math
print(math.hypot(941989.5434, 3.3), math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot())  # expect: 941989.5434057803 5.0 1.414e-320 1.4142135623730951e+308 0.0
print(math.hypot(1.1, 2.2, 3.3), math.dist((1.5, 2.5, -3.0), (-0.25, 7.0, 1e-3)), math.hypot(-0.0, float("nan")), math.hypot(float("nan"), float("inf")))  # expect: 4.115823125451335 5.684936323302135 nan inf
print(math.erf(0.5), math.erf(1.0), math.erf(3.0), math.erfc(0.1), math.erfc(5.5), math.erf(-0.3), math.erfc(-2.5))  # expect: 0.5204998778130465 0.8427007929497149 0.9999779095030014 0.8875370839817152 7.357847917974398e-15 -0.3286267594591274 1.999593047982555
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))  # expect: 1.0 1e-100
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 0.1, 0.2]), sum([True, 0.5]), sum([0.5, 2**70]))  # expect: 1.0 1.0 0.6 1.3 1.5 1.1805916207174113e+21
