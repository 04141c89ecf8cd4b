import BundledRoadmaps
import RoadmapCore

for source in BundledRoadmaps.all {
    do {
        print(TreeDump.render(try RoadmapParser.parse(source)))
    } catch {
        print(error)
    }
}
