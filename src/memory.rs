//! How margin asks the C allocator to give freed memory back, and the kernel for large
//! pages.
//!
//! glibc serves blocks of 128 KiB and more with their own mappings, unmapped when freed, but
//! each such free raises that threshold to the block's size (up to 32 MiB). From then on the
//! large vectors of extraction and grouping come from the heap, and the holes they leave
//! stay resident: on a 50 MB article the reader's peak was 206 MB with a live heap of
//! 162 MB. A fixed threshold keeps large blocks mapped, so freeing them returns them.

/// Blocks from this size up are mapped apart and unmapped when freed. On the 50 MB article
/// 128 KiB, 1 MiB and 4 MiB gave peaks of 179, 179 and 184 MB: below a MiB there was
/// nothing more to gain, and smaller blocks are cheaper kept on the heap.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MAP_FROM_BYTES: libc::c_int = 1 << 20;

/// Fixes glibc's mmap threshold (see the module). The reader calls it before its threads
/// start; the printing commands, which run once, do not: mapping each large block anew
/// cost `margin entities --json` about 7% of its wall time on a 20 MiB article. Returns
/// whether the allocator took the setting; elsewhere than glibc it does nothing and
/// returns false.
#[allow(unsafe_code)]
pub fn map_large_blocks_apart() -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: `mallopt` only sets an allocator parameter; it takes glibc's arena lock
        // and touches no memory of ours.
        unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, MAP_FROM_BYTES) == 1 }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        false
    }
}

/// Asks the kernel to back `bytes`' room with 2 MiB pages where it can: a large file read
/// into fresh memory otherwise faults in each 4 KiB page, and did so 5,000 times for a
/// 20 MiB article. Only the whole pages inside the room are advised; a hint, so failure
/// changes nothing.
#[allow(unsafe_code)]
pub fn prefer_huge_pages(bytes: &mut Vec<u8>) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let start = (bytes.as_mut_ptr() as usize).next_multiple_of(HUGE);
        let end = (bytes.as_mut_ptr() as usize + bytes.capacity()) / HUGE * HUGE;
        if end > start {
            // SAFETY: the range lies inside the vector's own allocation, and the advice
            // changes how the kernel backs those pages, not what they hold.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = bytes;
}

#[cfg(test)]
mod tests {
    #[test]
    fn advised_room_keeps_what_is_written_and_frees() {
        let mut bytes: Vec<u8> = Vec::with_capacity(6 << 20);
        super::prefer_huge_pages(&mut bytes);
        bytes.extend((0..6 << 20).map(|i: u32| (i % 251) as u8));
        assert_eq!(bytes.len(), 6 << 20);
        assert!(bytes.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
        // Freed whole, though the advice may have split its mapping in three.
        drop(bytes);
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn glibc_takes_the_fixed_threshold() {
        assert!(super::map_large_blocks_apart());
    }
}
