f"{"a" + f"{x!r:>{w}}"}"
t"{y=}"
f"{x = !s:^10}" f"a{{b}}c" rf"\d{x}\n"
f"""{
  x
}"""
t"{x:{y}.{z}}" t"plain"
