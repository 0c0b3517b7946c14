import json
config = json.loads("{\"port\": 8080, \"hosts\": [\"a\", \"b\",]}")
print(config)
