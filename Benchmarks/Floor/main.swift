// The floor: the smallest Swift program that loads FoundationEssentials, the reference the
// start-up target is set against (`roadmap` itself links no Foundation library since
// a1a943f). Benchmarks/run.sh compiles it with the flags `swift build -c release` gives the
// roadmap executable (swiftc -O, linked dynamically), and compares `roadmap next` with it.
import FoundationEssentials

print("Hello, world")
