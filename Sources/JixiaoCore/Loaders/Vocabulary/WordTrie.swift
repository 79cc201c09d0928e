/// Words as a tree of their scalars, one tree per first scalar, each word's last node holding
/// its number: the words starting at a place in text are found in one walk down the text,
/// at a cost set by the text's length, not by how many words share its first scalars (dozens
/// begin `项目…` or `指标…`, and the vocabulary is asked at every cut point of every cell).
struct WordTrie: Sendable {
    /// Per node: the node above it (-1 for a tree's root), the word ending there (-1 when none),
    /// and its children as a range of `childScalars` / `childNodes`.
    private var parents: [Int32] = []
    private var words: [Int32] = []
    private var childStarts: [Int32] = []
    private var childEnds: [Int32] = []
    private var childScalars: [Unicode.Scalar] = []
    private var childNodes: [Int32] = []

    /// Tree `g` (root node `g`) holds `groups[g]`, words sharing their first scalar; a word is
    /// numbered by its place in the groups one after another.
    init(groups: [[[Unicode.Scalar]]]) {
        // Built with a list of children per node (a few each; a dictionary costs more to make),
        // then laid out flat.
        var children: [[(scalar: Unicode.Scalar, node: Int)]] = Array(repeating: [], count: groups.count)
        parents = Array(repeating: -1, count: groups.count)
        words = Array(repeating: -1, count: groups.count)
        var number = 0
        for (root, group) in groups.enumerated() {
            for word in group {
                var node = root
                for scalar in word.dropFirst() {
                    if let child = children[node].first(where: { $0.scalar == scalar }) { node = child.node; continue }
                    let child = parents.count
                    parents.append(Int32(node))
                    words.append(-1)
                    children.append([])
                    children[node].append((scalar, child))
                    node = child
                }
                words[node] = Int32(number)
                number += 1
            }
        }
        for node in parents.indices {
            childStarts.append(Int32(childScalars.count))
            for child in children[node] {
                childScalars.append(child.scalar)
                childNodes.append(Int32(child.node))
            }
            childEnds.append(Int32(childScalars.count))
        }
    }

    /// The deepest node `text` leads to from `root` (whose scalar is `text[index]`), and how many
    /// scalars of the text it took.
    func deepest(from root: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> (node: Int, length: Int) {
        var node = root
        var length = 1
        childScalars.withUnsafeBufferPointer { scalars in
            childNodes.withUnsafeBufferPointer { nodes in
                descending: while index + length < text.count {
                    let next = text[index + length]
                    for at in Int(childStarts[node])..<Int(childEnds[node]) where scalars[at] == next {
                        node = Int(nodes[at])
                        length += 1
                        continue descending
                    }
                    break
                }
            }
        }
        return (node, length)
    }

    /// The number of the word ending at `node`, if one does.
    func word(endingAt node: Int) -> Int? {
        words[node] < 0 ? nil : Int(words[node])
    }

    /// The node above `node`, nil for a root.
    func parent(of node: Int) -> Int? {
        parents[node] < 0 ? nil : Int(parents[node])
    }

    /// Whether some word goes on past `node`.
    func hasChildren(_ node: Int) -> Bool {
        childEnds[node] > childStarts[node]
    }
}
