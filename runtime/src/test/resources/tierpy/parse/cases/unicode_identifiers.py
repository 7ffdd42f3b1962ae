
café = 1
π = 3.14
名前 = "値"
x = café + π  # ünïcödé comment
s = "日本語" + 'ü'
def 函数(参数): return 参数
ﬁx = 1
