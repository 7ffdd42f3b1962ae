type A[T = int, *Ts = *tuple[int], **P = [int]] = list[T]
def f[T: (int, str), U = None](x: T) -> U: pass
class C[T: int = bool]: pass
