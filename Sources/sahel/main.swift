print("sahel")
