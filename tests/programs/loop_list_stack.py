# Loops: lists used as stacks and queues (append/pop/insert) in loops: bracket matching, RPN evaluation, BFS on a grid.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "]["]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "//"):
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.append(a + b)
            elif tok == "-":
                st.append(a - b)
            elif tok == "*":
                st.append(a * b)
            else:
                st.append(a // b)
        else:
            st.append(int(tok))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 64 * 2 64 * *"), rpn("-7 2 //"))
grid = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    "........#E",
]
rows = len(grid)
cols = len(grid[0])
dist = {}
queue = [(0, 0)]
dist[(0, 0)] = 0
head = 0
while head < len(queue):
    r, c = queue[head]
    head += 1
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print("distance to E", dist.get((4, 9)), "visited", len(dist))
q = []
for i in range(10):
    q.insert(0, i)
    if i % 3 == 2:
        q.pop()
print(q)
stack = []
for i in range(100000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(len(stack), stack[:5], stack[-3:])
total = 0
while stack:
    total += stack.pop()
print(total)
