# keyword: 3.14's keyword and soft keyword lists and their predicates
import keyword

print(len(keyword.kwlist), keyword.kwlist[:4], keyword.kwlist[-1])  # expect: 35 ['False', 'None', 'True', 'and'] yield
print(keyword.softkwlist)  # expect: ['_', 'case', 'match', 'type']
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('print'))  # expect: True False True False
print(keyword.__all__)  # expect: ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']
