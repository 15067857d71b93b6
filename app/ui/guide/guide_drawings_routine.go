package guide

// routineDrawings are the pictures of the bedtime routine's steps, by the
// key routine.json's "drawing" field names, in the style of drawings (the
// same stroke classes, sizes and viewBox). They are a map of their own so
// that the first-aid drawings stay as they are; the guide looks a key up in
// both.
var routineDrawings = map[string][]stroke{
	// Facing a wall, hands on it, front knee bent, back leg straight with
	// its heel pressed down.
	"calf-wall-stretch": {
		{groundLine, "M20 150 H220"},
		{groundLine, "M40 16 V150"},
		{figureLine, ring(86, 38, headRadius)},
		{figureLine, "M92 51 L128 98"},
		{figureLine, "M100 64 L72 72 L42 58"},
		{figureLine, "M100 64 L70 84 L42 80"},
		{figureLine, "M128 98 L100 118 L102 148 L86 148"},
		{fillShape, "M156 118 Q190 106 188 140 Q170 134 156 118 Z"},
		{actionLine, "M128 98 L196 146 L172 148"},
		{actionLine, "M208 96 V132" + arrowHead(208, 132, 0, 1)},
	},
	// Sitting on the edge of the bed, one leg straight out with the toes
	// up, leaning forward from the hips.
	"hamstring-stretch": {
		{groundLine, "M12 150 H228"},
		{groundLine, "M16 104 H96 V150 M16 104 V150"},
		{figureLine, ring(136, 40, headRadius)},
		{figureLine, "M126 50 L90 100"},
		{figureLine, "M112 68 L150 92"},
		{figureLine, "M90 100 L120 106 L118 148 L134 148"},
		{fillShape, "M100 104 Q118 136 158 128 Q130 114 100 104 Z"},
		{actionLine, "M90 100 L204 146 L212 126"},
		{actionLine, "M90 40 Q100 20 122 18" + arrowHead(122, 18, 1, 0)},
	},
	// A leg held out, seen from the side, with a circling arrow round the
	// foot.
	"ankle-circles": {
		{figureLine, "M16 104 L118 104 L186 108"},
		{figureLine, "M186 108 L196 84"},
		{actionLine, "M196 52 A32 32 0 1 1 164 84" + arrowHead(164, 84, 0, -1)},
	},
}
