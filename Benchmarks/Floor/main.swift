// The floor: the smallest Swift program that loads FoundationEssentials, as the roadmap
// binary does. Benchmarks/run.sh compiles it the way `swift build -c release` compiles
// the roadmap executable (swiftc -O, linked dynamically against libFoundationEssentials),
// and compares `roadmap next` with it.
import FoundationEssentials

print("Hello, world")
