/// A .doc's property lists (`grpprl`): property modifiers one after another, each a two-byte
/// code whose top three bits give its operand's size ([MS-DOC] 2.2.5.1).
enum DOCSprms {
    /// Calls `body` with each modifier's code and operand offset, from `from` up to `to`, until
    /// it returns false or a modifier cannot be sized (then the rest is unknown).
    static func walk(_ bytes: LittleEndianBytes, from: Int, to: Int, _ body: (_ sprm: Int, _ operand: Int) -> Bool) {
        var at = from
        while at + 2 <= to, let sprm = bytes.u16(at) {
            let operand = at + 2
            let size: Int
            switch sprm >> 13 {
            case 0, 1: size = 1
            case 2, 4, 5: size = 2
            case 3: size = 4
            case 7: size = 3
            default:
                // Variable: a byte of length; a table definition's is two bytes and one too many.
                if sprm == 0xD608 || sprm == 0xD606 {
                    guard let count = bytes.u16(operand) else { return }
                    size = 2 + max(count - 1, 0)
                } else {
                    guard let count = bytes.u8(operand), sprm != 0xC615 || count != 255 else { return }
                    size = 1 + Int(count)
                }
            }
            guard body(sprm, operand) else { return }
            at = operand + size
        }
    }
}
