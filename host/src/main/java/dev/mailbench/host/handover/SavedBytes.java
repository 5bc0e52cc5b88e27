package dev.mailbench.host.handover;

/** Searches in a part as POI saved it (UTF-8 bytes), where the export splices its streamed content. */
public final class SavedBytes {
    private SavedBytes() {
    }

    public static int indexOf(byte[] data, byte[] what) {
        return indexOf(data, what, 0);
    }

    public static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static int indexOf(byte[] data, byte b, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    public static int lastIndexOf(byte[] data, byte b, int from) {
        for (int i = from; i >= 0; i--) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
