# realistic: text adventure command parser with rooms, inventory, aliases and a scripted command list
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": [], "locked": True},
}
ALIASES = {"n": "go north", "s": "go south", "e": "go east", "w": "go west", "u": "go up", "d": "go down",
           "i": "inventory", "get": "take", "l": "look"}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = []
        self.moves = 0
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}
    def parse(self, line):
        words = line.lower().split()
        if not words:
            return None, []
        if words[0] in ALIASES:
            words = ALIASES[words[0]].split() + words[1:]
        words = [w for w in words if w not in ("the", "a", "an", "to")]
        return words[0], words[1:]
    def do(self, line):
        verb, args = self.parse(line)
        if verb is None:
            return "Say something."
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        try:
            return handler(*args)
        except TypeError:
            return f"{verb} needs a different number of words."
    def cmd_look(self):
        r = self.rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"[{self.room}] {r['desc']} You see: {items}. Exits: {', '.join(sorted(r['exits']))}"
    def cmd_go(self, direction):
        exits = self.rooms[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        dest = exits[direction]
        if self.rooms[dest].get("locked"):
            if "key" not in self.inv:
                return f"The way {direction} is locked."
            self.rooms[dest]["locked"] = False
            print("  (you unlock it with the key)")
        self.room = dest
        self.moves += 1
        return self.cmd_look()
    def cmd_take(self, thing):
        items = self.rooms[self.room]["items"]
        if thing not in items:
            return f"No {thing} here."
        items.remove(thing)
        self.inv.append(thing)
        return f"Taken {thing}."
    def cmd_drop(self, thing):
        if thing not in self.inv:
            return f"You have no {thing}."
        self.inv.remove(thing)
        self.rooms[self.room]["items"].append(thing)
        return f"Dropped {thing}."
    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inv)) or "nothing")

g = Game()
script = ["look", "get lamp", "take the lamp", "e", "d", "w", "n", "take key", "get book", "i",
          "s", "drop the book", "l", "e", "go down", "dance", "", "go", "take key lamp", "u", "inventory"]
for cmd in script:
    print(f"> {cmd}")
    print(g.do(cmd))
print("moves:", g.moves, "room:", g.room)
print({k: v["items"] for k, v in g.rooms.items()})
