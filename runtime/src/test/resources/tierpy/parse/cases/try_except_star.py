
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    x = 1
finally:
    y = 2
try:
    pass
except Exception as e:
    raise RuntimeError("x") from e
except:
    raise
