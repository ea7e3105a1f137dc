//! How margin asks the C allocator to give freed memory back, and the kernel to map a
//! large read's room ahead.
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

/// Faults in the whole room of `bytes` with one call, before a large read fills it: reading
/// 20 MiB into fresh memory otherwise takes 5,000 page faults, one per 4 KiB page. Rooms
/// under a MiB are left alone. A hint, so failure (a kernel older than 5.14) changes nothing.
///
/// Asking for 2 MiB pages instead (`MADV_HUGEPAGE`, used before) took fewer faults, but where
/// the kernel compacts memory to find such pages (THP `defrag` set to `madvise`, its default)
/// four reads of a 20 MiB article in twenty-two stalled for 104 to 199 ms.
#[allow(unsafe_code)]
pub fn prefault(bytes: &mut Vec<u8>) {
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        if bytes.capacity() < 1 << 20 {
            return;
        }
        let room = bytes.as_mut_ptr() as usize;
        let start = room / PAGE * PAGE;
        let end = room + bytes.capacity();
        // SAFETY: the range is the vector's own allocation, widened down to the start of
        // its first page, which is mapped since the allocation lies in it. Populating a
        // page for writing maps it without changing what it holds.
        unsafe {
            libc::madvise(
                start as *mut libc::c_void,
                end - start,
                libc::MADV_POPULATE_WRITE,
            );
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = bytes;
}

#[cfg(test)]
mod tests {
    /// How many of the pages under `len` bytes from `start` are resident, and how many
    /// pages that is.
    #[cfg(target_os = "linux")]
    #[allow(unsafe_code)]
    fn resident_pages(start: *const u8, len: usize) -> (usize, usize) {
        const PAGE: usize = 4096;
        let first = (start as usize).next_multiple_of(PAGE);
        let pages = (start as usize + len - first) / PAGE;
        let mut residency = vec![0u8; pages];
        // SAFETY: the range is whole pages inside the caller's allocation; `residency` has
        // one byte per page, as mincore writes.
        let status = unsafe {
            libc::mincore(
                first as *mut libc::c_void,
                pages * PAGE,
                residency.as_mut_ptr(),
            )
        };
        assert_eq!(status, 0, "mincore failed");
        (residency.iter().filter(|&&r| r & 1 == 1).count(), pages)
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_large_room_is_resident_before_it_is_written() {
        let mut bytes: Vec<u8> = Vec::with_capacity(6 << 20);
        super::prefault(&mut bytes);
        let (resident, pages) = resident_pages(bytes.as_ptr(), bytes.capacity());
        assert_eq!(resident, pages);
        bytes.extend((0..6 << 20).map(|i: u32| (i % 251) as u8));
        assert!(bytes.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
    }

    #[test]
    fn prefaulting_keeps_what_the_room_holds() {
        let mut bytes: Vec<u8> = Vec::with_capacity(2 << 20);
        bytes.extend((0..1 << 20).map(|i: u32| (i % 13) as u8));
        super::prefault(&mut bytes);
        assert!(bytes.iter().enumerate().all(|(i, &b)| b == (i % 13) as u8));
        bytes.extend((0..1 << 20).map(|i: u32| (i % 7) as u8));
        assert_eq!(bytes.len(), 2 << 20);
        // A small room, which prefault leaves alone, keeps its bytes too.
        let mut small = vec![9u8; 100];
        super::prefault(&mut small);
        assert_eq!(small, vec![9u8; 100]);
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn glibc_takes_the_fixed_threshold() {
        assert!(super::map_large_blocks_apart());
    }
}
